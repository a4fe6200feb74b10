import assert from "node:assert/strict";
import { daysIn, isoDate } from "../../src/core/parse/dates";

describe("header dates", () => {
  it("count a month's days as Date.UTC counts them, for every year a date can print and every month", () => {
    for (let year = 0; year <= 9999; year++)
      for (let month = 1; month <= 12; month++)
        assert.equal(daysIn(year, month), new Date(Date.UTC(year, month, 0)).getUTCDate(), `${year}-${month}`);
  });

  it("read a real calendar date and refuse a day its month lacks", () => {
    assert.equal(isoDate("2/29/2012"), "2012-02-29");
    assert.equal(isoDate("2/29/2013"), null);
    assert.equal(isoDate("2/29/2000"), "2000-02-29");
    assert.equal(isoDate("2/29/1900"), null);
    // Date.UTC reads the year 0000 as 1900, which has no February 29th.
    assert.equal(isoDate("0000-02-29"), null);
    assert.equal(isoDate("4/31/2013"), null);
    assert.equal(isoDate("June 18, 2013"), "2013-06-18");
  });
});
