import { botMessage } from "../fakes/bot-message.js";
import { FAKE_APPLICATION_ID } from "../fakes/fake-discord-gateway.js";

const GUILD_ID = "300000000000000001";
export const CHANNEL_ID = "300000000000000002";

function member(userId: string) {
  return {
    user: { id: userId, username: `user${userId.slice(-3)}`, discriminator: "0", avatar: null, global_name: null },
    roles: [],
    joined_at: new Date(0).toISOString(),
    deaf: false,
    mute: false,
    flags: 0,
    permissions: "0",
  };
}

/** The INTERACTION_CREATE a slash command produces in a guild channel; every field discord.js needs to emit it. */
export function slashInteraction(id: string, userId: string, name: string, options: Record<string, string>) {
  return {
    id,
    application_id: FAKE_APPLICATION_ID,
    type: 2,
    token: `token-${id}`,
    version: 1,
    guild_id: GUILD_ID,
    channel_id: CHANNEL_ID,
    channel: { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: "general" },
    member: member(userId),
    app_permissions: "0",
    locale: "en-US",
    entitlements: [],
    authorizing_integration_owners: {},
    data: {
      id: "400000000000000001",
      name,
      type: 1,
      options: Object.entries(options).map(([option, value]) => ({ name: option, type: 3, value })),
    },
  };
}

/** The INTERACTION_CREATE a button press produces, on a message the bot posted. */
export function buttonInteraction(id: string, userId: string, customId: string) {
  return {
    ...slashInteraction(id, userId, "unused", {}),
    type: 3,
    data: { custom_id: customId, component_type: 2 },
    message: botMessage("500000000000000001", CHANNEL_ID),
  };
}

/** A submitted modal's value: text for a text input, one value for a string select, a user id for a user select. */
export type ModalValue = { text: string } | { choice: string } | { user: string };

/** The INTERACTION_CREATE a modal submission produces: each field a label (type 18) around the input it holds, as Discord sends them. */
export function modalSubmitInteraction(id: string, userId: string, customId: string, values: Record<string, ModalValue>) {
  const users: Record<string, unknown> = {};
  const components = Object.entries(values).map(([name, value], i) => {
    const component =
      "text" in value
        ? { type: 4, id: i * 2 + 2, custom_id: name, value: value.text }
        : "choice" in value
          ? { type: 3, id: i * 2 + 2, custom_id: name, values: [value.choice] }
          : { type: 5, id: i * 2 + 2, custom_id: name, values: [value.user] };
    if ("user" in value) users[value.user] = member(value.user).user;
    return { type: 18, id: i * 2 + 1, component };
  });
  return { ...slashInteraction(id, userId, "unused", {}), type: 5, data: { custom_id: customId, components, ...(Object.keys(users).length ? { resolved: { users } } : {}) } };
}
