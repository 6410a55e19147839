import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { blockKitPage } from "./block-kit-html.js";
import { captureHomeView } from "./capture-home-view.js";

// Redraws docs/images/slack-home.png from the Block Kit the Home tab really publishes (`npm run docs:home-picture`).
// Needs a Chromium: Debian's `apt-get install chromium`, or CHROMIUM=/path/to/chrome.
const output = resolve(process.argv[2] ?? "docs/images/slack-home.png");
const chromium = process.env.CHROMIUM ?? "/usr/bin/chromium";
const names = { UCOORD: "rosa", UCLIN: "dr-lee", UDANA: "dana", UMARISOL: "marisol" };

const blocks = await captureHomeView();
const scratch = mkdtempSync(join(tmpdir(), "porchlight-picture-"));
try {
  const page = join(scratch, "home.html");
  writeFileSync(page, blockKitPage(blocks as Parameters<typeof blockKitPage>[0], "Porchlight Home tab", names));
  mkdirSync(dirname(output), { recursive: true });
  // The flags keep a headless Chromium off the network, which this kind of machine closes.
  execFileSync(chromium, [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--hide-scrollbars", `--user-data-dir=${join(scratch, "profile")}`,
    "--window-size=900,1000", `--screenshot=${output}`, `file://${page}`,
  ], { stdio: ["ignore", "ignore", "pipe"] });
  console.log(`wrote ${output} (${blocks.length} blocks)`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
