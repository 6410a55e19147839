import { randomBytes } from "node:crypto";
import { hostname } from "node:os";

/** A name for this process on its ledger claims, new at every start so a restarted replica is not its old self. */
export const newReplicaId = (): string => `scheduler:${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
