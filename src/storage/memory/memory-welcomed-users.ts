import type { WelcomedUsers } from "../../core/welcome/welcomed-users.js";

export function createMemoryWelcomedUsers(): WelcomedUsers {
  const welcomed = new Set<string>();
  return {
    async claimWelcome(userKey) {
      if (welcomed.has(userKey)) return false;
      welcomed.add(userKey);
      return true;
    },
    async hasBeenWelcomed(userKey) {
      return welcomed.has(userKey);
    },
  };
}
