/** A message the bot posted, in the shape discord.js needs to build a Message from it. */
export function botMessage(id: string, channelId: string, content = "", embeds: unknown[] = []) {
  return {
    id,
    channel_id: channelId,
    author: { id: "100000000000000002", username: "porchlight", discriminator: "0", avatar: null, bot: true },
    content,
    timestamp: new Date(0).toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds,
    pinned: false,
    type: 0,
    components: [],
  };
}
