import { describe, expect, it } from "vitest";
import { splitMarked } from "../../components/programmes/markdown-highlight";

describe("marking a message's @mentions in its text", () => {
  it("marks every occurrence of each phrase and keeps the text around them", () => {
    expect(splitMarked("@Reviewer 2 and @Ana Lima, thanks @Reviewer 2", ["@Reviewer 2", "@Ana Lima"])).toEqual([
      { text: "@Reviewer 2", marked: true },
      { text: " and ", marked: false },
      { text: "@Ana Lima", marked: true },
      { text: ", thanks ", marked: false },
      { text: "@Reviewer 2", marked: true },
    ]);
  });

  it("prefers the longer phrase where two start at the same place, and leaves text without a phrase alone", () => {
    expect(splitMarked("@Ana Lima Souza", ["@Ana", "@Ana Lima Souza"])).toEqual([{ text: "@Ana Lima Souza", marked: true }]);
    expect(splitMarked("no mention here", ["@Ana"])).toEqual([{ text: "no mention here", marked: false }]);
    expect(splitMarked("text", [])).toEqual([{ text: "text", marked: false }]);
  });
});
