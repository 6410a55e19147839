import { parseArgs } from "node:util";
import { stringify } from "yaml";
import { buildSlackManifest } from "../src/adapters/slack/build-slack-manifest.js";
import { loadCommandSpecs } from "../src/command-files/load-command-specs.js";

// Prints the Slack app manifest generated from commands/*.json.
// npm run slack:manifest -- --socket            (Socket Mode, no public URL)
// npm run slack:manifest -- --url https://x.org (HTTP mode; Slack posts to https://x.org/slack/events)
const { values } = parseArgs({
  options: {
    socket: { type: "boolean", default: false },
    url: { type: "string" },
    name: { type: "string", default: "Porchlight" },
    json: { type: "boolean", default: false },
  },
});

try {
  const manifest = buildSlackManifest(loadCommandSpecs(), {
    appName: values.name,
    socketMode: values.socket,
    ...(values.url ? { publicUrl: values.url } : {}),
  });
  process.stdout.write(values.json ? `${JSON.stringify(manifest, null, 2)}\n` : stringify(manifest));
} catch (err) {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
}
