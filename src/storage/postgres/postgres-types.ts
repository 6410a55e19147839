import pg from "pg";

const DATE_OID = 1082;
const INT8_OID = 20;

/**
 * How values come back from this pool: a DATE stays the `YYYY-MM-DD` the core speaks (node-postgres would make it a
 * local-midnight Date), and COUNT/SUM's int8 becomes a number (Porchlight's sums stay far below 2^53).
 */
export const porchlightTypes = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === DATE_OID) return (value: string) => value;
    if (oid === INT8_OID) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  },
};
