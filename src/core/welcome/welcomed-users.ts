/** Who has had the first-message welcome, so it is said once per person, on every replica. */
export interface WelcomedUsers {
  /** Records that the welcome goes to this person now: true only for the one call that recorded it. */
  claimWelcome(userKey: string, at: Date): Promise<boolean>;
  hasBeenWelcomed(userKey: string): Promise<boolean>;
}
