import { describe, expect, it } from "vitest";
import { UserError } from "../../../src/core/commands/user-error.js";
import { takeChannels } from "../../../src/core/channels/resolve-channel-targets.js";
import { describeChannel } from "../../../src/core/channels/describe-channel.js";

const names = { network: ["slack:C024BE7LR", "discord:80351110224678912"], ceu: ["slack:C0CEU"] };
const usage = "/announce #network Hello";

describe("channel words at the start of a command", () => {
  it("GIVEN a name from CHANNELS THEN it reaches every platform channel listed for it, on any platform", () => {
    expect(takeChannels("#network Training on Friday", "slack", names, usage)).toEqual({
      channelKeys: ["slack:C024BE7LR", "discord:80351110224678912"],
      rest: "Training on Friday",
    });
    expect(takeChannels("#Network  #ceu  The CEU log  closes", "console", names, usage)).toEqual({
      channelKeys: ["slack:C024BE7LR", "discord:80351110224678912", "slack:C0CEU"],
      rest: "The CEU log  closes",
    });
  });

  it("GIVEN a channel picked from the list that CHANNELS names THEN its twin on the other platform is reached too", () => {
    expect(takeChannels("<#C024BE7LR|network> Hello", "slack", names, usage).channelKeys).toEqual(["slack:C024BE7LR", "discord:80351110224678912"]);
    expect(takeChannels("<#80351110224678912> Hello", "discord", names, usage).channelKeys).toEqual(["slack:C024BE7LR", "discord:80351110224678912"]);
    expect(takeChannels("<#C999|random> <#C999|random> Hello", "slack", names, usage).channelKeys).toEqual(["slack:C999"]);
  });

  it("GIVEN an unlisted #name THEN the console prints to it, while Slack and Discord say how to name a channel", () => {
    expect(takeChannels("#board Hello", "console", {}, usage).channelKeys).toEqual(["console:#board"]);
    expect(() => takeChannels("#board Hello", "slack", names, usage)).toThrow(UserError);
    expect(() => takeChannels("#board Hello", "slack", names, usage)).toThrow(/not a channel I know.*#network, #ceu/);
  });

  it("GIVEN no channel first THEN no keys and the whole text is left", () => {
    expect(takeChannels("Hello #network", "console", names, usage)).toEqual({ channelKeys: [], rest: "Hello #network" });
  });

  it("GIVEN a channel key THEN it is described in plain words, by its CHANNELS name when it has one, never as platform syntax", () => {
    expect(describeChannel("slack:C024BE7LR", names)).toBe("#network on Slack");
    expect(describeChannel("discord:80351110224678912", names)).toBe("#network on Discord");
    expect(describeChannel("slack:C999", names)).toBe("Slack channel C999");
    expect(describeChannel("console:#network", names)).toBe("#network");
  });
});
