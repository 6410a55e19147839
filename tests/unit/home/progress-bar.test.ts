import { describe, expect, it } from "vitest";
import { formatHoursAmount, progressBar } from "../../../src/core/hours/progress-bar.js";

describe("progress bars", () => {
  it("GIVEN 412 of 1,000 hours THEN four of ten cells are full and the figures read like the credential's", () => {
    expect(`${progressBar(412 * 60, 1000 * 60)} ${formatHoursAmount(412 * 60)}`).toBe("▰▰▰▰▱▱▱▱▱▱ 412 h");
    expect(formatHoursAmount(1000 * 60)).toBe("1,000 h");
    expect(formatHoursAmount(150)).toBe("2.5 h");
  });

  it("GIVEN 999 of 1,000 THEN the bar is not full; GIVEN more than required or nothing required THEN it is", () => {
    expect(progressBar(999, 1000)).toBe("▰▰▰▰▰▰▰▰▰▱");
    expect(progressBar(1200, 1000)).toBe("▰▰▰▰▰▰▰▰▰▰");
    expect(progressBar(0, 0)).toBe("▰▰▰▰▰▰▰▰▰▰");
    expect(progressBar(-5, 100)).toBe("▱▱▱▱▱▱▱▱▱▱");
  });
});
