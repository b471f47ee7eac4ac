import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { parseFollowerFilterQuery } from "@/lib/followers/parse-filter-query";
import { parseFollowerId } from "@/lib/followers/parse-follower-id";

const parse = (query: string) => parseFollowerFilterQuery(new URLSearchParams(query));

function errorOf(query: string): AppError {
  try {
    parse(query);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error(`expected ${query} to be rejected`);
}

describe("parseFollowerFilterQuery", () => {
  it("reads repeated parameters into lists and single ones into values", () => {
    expect(
      parse(
        "gender=female&gender=male&ageBand=20s&ageBand=60_plus&area=Tokyo&area=Osaka&language=ja&os=ios&tag=vip&tag=regular&tagMode=all&status=following&q=Mika&followedWithinDays=30",
      ),
    ).toEqual({
      q: "Mika",
      status: "following",
      genders: ["female", "male"],
      ageBands: ["20s", "60_plus"],
      areas: ["Tokyo", "Osaka"],
      languages: ["ja"],
      os: ["ios"],
      followedWithinDays: 30,
      tags: ["vip", "regular"],
      tagMode: "all",
    });
  });

  it("gives the empty filter for an empty query, and ignores blank form fields and paging parameters", () => {
    const empty = { genders: [], ageBands: [], areas: [], languages: [], os: [], tags: [], tagMode: "any" };
    expect(parse("")).toEqual(empty);
    expect(parse("q=&status=&followedWithinDays=&area=&tag=%20&tagMode=&after=123&before=456")).toEqual(empty);
  });

  it("trims values and drops repeats", () => {
    expect(parse("area=%20Tokyo%20&area=Tokyo&gender=female&gender=female&q=%20U123%20")).toMatchObject({ q: "U123", areas: ["Tokyo"], genders: ["female"] });
  });

  it("rejects a bad value with a message naming the parameter and what to use", () => {
    const gender = errorOf("gender=female&gender=femal");
    expect(gender.code).toBe("bad_request");
    expect(gender.fields?.gender).toBe("gender=femal isn't valid. Use female, male or unknown.");
    expect(gender.message).toContain("gender=femal");

    expect(errorOf("ageBand=25").fields?.ageBand).toContain("Use under_20, 20s, 30s, 40s, 50s or 60_plus.");
    expect(errorOf("status=gone").fields?.status).toContain("Use following or blocked.");
    expect(errorOf("os=windows").fields?.os).toContain("Use ios, android or other.");
    expect(errorOf("tagMode=some").fields?.tagMode).toContain("Use any or all.");
    expect(errorOf("tag=a,b").fields?.tag).toBe("tag=a,b isn't valid. Tags can't contain commas.");
    expect(errorOf(`area=${"x".repeat(61)}`).fields?.area).toContain("at most 60 characters");
  });

  it("accepts only a whole number of days from 1 to 3650", () => {
    expect(parse("followedWithinDays=3650").followedWithinDays).toBe(3650);
    for (const bad of ["0", "3651", "1.5", "-3", "abc", "1e3"]) {
      expect(errorOf(`followedWithinDays=${bad}`).fields?.followedWithinDays).toBe(`followedWithinDays=${bad} isn't valid. Use a whole number of days from 1 to 3650.`);
    }
  });

  it("reports every bad parameter at once", () => {
    expect(Object.keys(errorOf("gender=x&os=y&status=z").fields ?? {}).sort()).toEqual(["gender", "os", "status"]);
  });
});

describe("parseFollowerId", () => {
  it("takes positive bigint ids and nothing else", () => {
    expect(parseFollowerId("1")).toBe(1n);
    expect(parseFollowerId("9223372036854775807")).toBe(9223372036854775807n);
    for (const bad of ["0", "9223372036854775808", "-1", "1.0", "abc", "", " 1", "0x10", "12345678901234567890", undefined, null]) {
      expect(parseFollowerId(bad)).toBeUndefined();
    }
  });
});
