import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { parseFollowerFilterQuery } from "@/lib/followers/parse-filter-query";

describe("parseFollowerFilterQuery", () => {
  it("reads repeated params into the filter and ignores empty ones", () => {
    const filter = parseFollowerFilterQuery(
      new URLSearchParams("gender=female&gender=male&ageBand=20s&area=Tokyo&area=&language=ja&os=ios&tag=vip&tag=gold&tagMode=all&status=following&q=+Mika+&followedWithinDays=30"),
    );
    expect(filter).toEqual({
      q: "Mika",
      status: "following",
      genders: ["female", "male"],
      ageBands: ["20s"],
      areas: ["Tokyo"],
      languages: ["ja"],
      os: ["ios"],
      followedWithinDays: 30,
      tags: ["vip", "gold"],
      tagMode: "all",
    });
  });

  it("gives the defaults for an empty query", () => {
    expect(parseFollowerFilterQuery(new URLSearchParams(""))).toEqual({ genders: [], ageBands: [], areas: [], languages: [], os: [], tags: [], tagMode: "any" });
  });

  it("refuses an unknown value, naming the parameter, instead of silently widening the list", () => {
    for (const [query, name] of [
      ["gender=female&gender=robot", "gender=robot"],
      ["followedWithinDays=soon", "followedWithinDays=soon"],
      ["status=deleted", "status=deleted"],
      ["tag=a,b", "tag=a,b"],
    ] as const) {
      const error = (() => {
        try {
          parseFollowerFilterQuery(new URLSearchParams(query));
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("bad_request");
      expect((error as AppError).message).toContain(`The filter ${name} isn't valid`);
    }
  });
});
