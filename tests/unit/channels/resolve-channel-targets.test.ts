import { describe, expect, it } from "vitest";
import { UserError } from "../../../src/core/commands/user-error.js";
import { takeChannels } from "../../../src/core/channels/resolve-channel-targets.js";
import { describeChannel } from "../../../src/core/channels/describe-channel.js";
import { readReference } from "../../../src/core/references/reference-text.js";
import { SYNTAX } from "../../support/platform-syntax.js";

const names = { network: ["slack:C024BE7LR", "discord:80351110224678912"], ceu: ["slack:C0CEU"] };
const usage = "/announce #network Hello";
/** As the core gets the words: the platform's adapter has read its channel syntax into references. */
const take = (args: string, platform: string, channelNames: typeof names | Record<string, never>) => takeChannels(SYNTAX[platform]!.read(args), platform, channelNames, usage);

describe("channel words at the start of a command", () => {
  it("GIVEN a name from CHANNELS THEN it reaches every platform channel listed for it, on any platform", () => {
    expect(take("#network Training on Friday", "slack", names)).toEqual({
      channelKeys: ["slack:C024BE7LR", "discord:80351110224678912"],
      rest: "Training on Friday",
    });
    expect(take("#Network  #ceu  The CEU log  closes", "console", names)).toEqual({
      channelKeys: ["slack:C024BE7LR", "discord:80351110224678912", "slack:C0CEU"],
      rest: "The CEU log  closes",
    });
  });

  it("GIVEN a channel picked from the list that CHANNELS names THEN its twin on the other platform is reached too", () => {
    expect(take("<#C024BE7LR|network> Hello", "slack", names).channelKeys).toEqual(["slack:C024BE7LR", "discord:80351110224678912"]);
    expect(take("<#80351110224678912> Hello", "discord", names).channelKeys).toEqual(["slack:C024BE7LR", "discord:80351110224678912"]);
    expect(take("<#C999|random> <#C999|random> Hello", "slack", names).channelKeys).toEqual(["slack:C999"]);
  });

  it("GIVEN an unlisted #name THEN the console prints to it, while Slack and Discord say how to name a channel", () => {
    expect(take("#board Hello", "console", {}).channelKeys).toEqual(["console:#board"]);
    expect(() => take("#board Hello", "slack", names)).toThrow(UserError);
    expect(() => take("#board Hello", "slack", names)).toThrow(/not a channel I know.*#network, #ceu/);
  });

  it("GIVEN no channel first THEN no keys and the whole text is left", () => {
    expect(take("Hello #network", "console", names)).toEqual({ channelKeys: [], rest: SYNTAX.console!.read("Hello #network") });
  });

  it("GIVEN a channel key THEN it is a reference carrying its CHANNELS name, never platform syntax", () => {
    expect(readReference(describeChannel("slack:C024BE7LR", names))).toEqual({ kind: "channel", platform: "slack", id: "C024BE7LR", name: "network" });
    expect(readReference(describeChannel("slack:C999", names))).toEqual({ kind: "channel", platform: "slack", id: "C999" });
    expect(describeChannel("console:#network", names)).not.toMatch(/[<>]/);
  });

  it("GIVEN a channel of another platform THEN it is refused: a channel is picked where the command is typed", () => {
    expect(() => takeChannels(SYNTAX.discord!.read("<#80351110224678912> Hello"), "slack", names, usage)).toThrow(/not a channel I can post in/);
  });
});
