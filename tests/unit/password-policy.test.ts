import { describe, expect, it } from "vitest";
import { PASSWORD_MAX, PASSWORD_MIN, passwordProblem } from "@/server/auth/password-policy";

// The rules for a new password (ASVS 5.0 V6.2): 12 to 128 characters,
// counted as characters; no composition rules; not common (also padded or
// repeated); not the person's own name or e-mail name.

/** `count` characters of varied text (no repetition the policy would call common). */
const textOf = (alphabet: string, count: number) => {
  const letters = [...alphabet];
  return Array.from(
    { length: count },
    (_, i) => letters[(i * 7 + Math.floor(i / letters.length)) % letters.length],
  ).join("");
};

describe("password lengths", () => {
  it("refuses 11 characters and accepts 12 (the minimum)", () => {
    expect(PASSWORD_MIN).toBe(12);
    expect(passwordProblem("qwpeorituya")).toBe("tooShort");
    expect(passwordProblem("qwpeorituyal")).toBeNull();
  });

  it("accepts 128 characters and refuses 129 (the maximum)", () => {
    expect(PASSWORD_MAX).toBe(128);
    const base = textOf("abcdefghijklmnopqrstuvwxyz0123456789 -", 129);
    expect(passwordProblem(base.slice(0, 128))).toBeNull();
    expect(passwordProblem(base)).toBe("tooLong");
  });

  it("counts Vietnamese letters as characters, however they are encoded", () => {
    const eleven = "Hồ Gươm sán";
    const twelve = "Hồ Gươm sáng";
    expect([...eleven]).toHaveLength(11);
    expect([...twelve]).toHaveLength(12);
    // Decomposed (as some keyboards send it), each letter with its marks is
    // several code points: still 11 and 12 characters.
    expect([...eleven.normalize("NFD")].length).toBeGreaterThan(12);
    expect(passwordProblem(eleven)).toBe("tooShort");
    expect(passwordProblem(eleven.normalize("NFD"))).toBe("tooShort");
    expect(passwordProblem(twelve)).toBeNull();
    expect(passwordProblem(twelve.normalize("NFD"))).toBeNull();
  });

  it("allows 128 Vietnamese characters (more than 128 bytes) and refuses 129", () => {
    const text = textOf("ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệóòỏõọốồổỗộớờởỡợúùủũụứừửữựíìỉĩịýỳỷỹỵ ", 129);
    expect(Buffer.byteLength(text.slice(0, 128))).toBeGreaterThan(128);
    expect(passwordProblem(text.slice(0, 128))).toBeNull();
    expect(passwordProblem(text.slice(0, 128).normalize("NFD"))).toBeNull();
    expect(passwordProblem(text)).toBe("tooLong");
  });

  it("counts characters beyond the Basic Multilingual Plane once each", () => {
    const twelve = "abc😀def🌾ghi🏯";
    expect(twelve.length).toBe(15); // UTF-16 units
    expect(passwordProblem(twelve)).toBeNull();
    expect(passwordProblem("abc😀def🌾gh")).toBe("tooShort");
  });
});

describe("common passwords", () => {
  it("refuses passwords on the list", () => {
    for (const password of [
      "123456789012",
      "qwerty123456",
      "1qaz2wsx3edc",
      "leavemealone",
      "matkhaucuatoi",
      "anhyeuemnhieu",
    ]) {
      expect(passwordProblem(password), password).toBe("common");
    }
  });

  it("refuses them whatever their case", () => {
    expect(passwordProblem("LeaveMeAlone")).toBe("common");
    expect(passwordProblem("QWERTY123456")).toBe("common");
  });

  it("refuses a common password padded with digits or symbols", () => {
    for (const password of [
      "password2026!",
      "!!password!!",
      "Dragon2026!!",
      "Password1234",
      "2026football",
      "vietnam123456",
      "__letmein__2026",
    ]) {
      expect(passwordProblem(password), password).toBe("common");
    }
  });

  it("refuses a common password repeated", () => {
    for (const password of ["dragondragon", "monkeymonkeymonkey", "hochiminhhochiminh", "2026dragondragon!!"]) {
      expect(passwordProblem(password), password).toBe("common");
    }
  });

  it("refuses one or two characters repeated, and runs of consecutive characters", () => {
    for (const password of ["zzzzzzzzzzzz", "abababababab", "abcdefghijkl", "zyxwvutsrqpo", "x".repeat(128)]) {
      expect(passwordProblem(password), password).toBe("common");
    }
  });
});

describe("personal passwords", () => {
  const person = { email: "nguyen.van.an@example.vn", name: "Trần Thị Bích Ngọc" };

  it("refuses the e-mail address's name, with or without separators and a number", () => {
    for (const password of ["nguyen.van.an", "NguyenVanAn!", "nguyenvanan2026", "Nguyen-Van-An!"]) {
      expect(passwordProblem(password, person), password).toBe("personal");
    }
  });

  it("refuses an e-mail name that ends in a number, typed as it is or with another number", () => {
    const person = { email: "hoa.le1990@example.vn" };
    for (const password of ["hoa.le1990", "Hoa.Le1990", "hoale2026!!", "hoa.le.1990!", "HOALE"]) {
      const problem = passwordProblem(password.padEnd(12, "!"), person);
      expect(problem, password).toBe("personal");
    }
    // An address made of digits says nothing about a password of other digits.
    expect(passwordProblem("739184620571", { email: "84901234567@example.vn" })).toBeNull();
    expect(passwordProblem("84901234567!", { email: "84901234567@example.vn" })).toBe("personal");
  });

  it("refuses the display name, with or without its diacritics", () => {
    for (const password of ["Trần Thị Bích Ngọc", "tranthibichngoc", "Tran Thi Bich Ngoc 1990", "TRẦNTHỊBÍCHNGỌC!"]) {
      expect(passwordProblem(password, person), password).toBe("personal");
    }
  });

  it("keeps accented letters at either end of the password when it strips digits and symbols", () => {
    // "à" is a letter: the name is "Phạm Thu Hà", not "Phạm Thu H".
    const person = { name: "Phạm Thu Hà" };
    for (const password of ["Phạm Thu Hà 1990", "1990 Phạm Thu Hà!", "phamthuha!!!!!"]) {
      expect(passwordProblem(password, person), password).toBe("personal");
    }
    expect(passwordProblem("Ánh trăng 2026!!")).toBeNull();
    expect(passwordProblem("éléphant rose")).toBeNull();
  });

  it("is not personal for someone else", () => {
    expect(passwordProblem("nguyen.van.an", { email: "le.thi.hoa@example.vn", name: "Lê Thị Hoa" })).toBeNull();
    expect(passwordProblem("Trần Thị Bích Ngọc")).toBeNull();
  });
});

describe("what is accepted", () => {
  it("accepts a good passphrase, in English or Vietnamese", () => {
    const person = { email: "an.nguyen@example.vn", name: "Nguyễn Văn An" };
    expect(passwordProblem("correct horse battery staple", person)).toBeNull();
    expect(passwordProblem("lantern orchard velvet", person)).toBeNull();
    expect(passwordProblem("mưa rơi trên phố cổ Hội An", person)).toBeNull();
  });

  it("has no composition rules: lower-case letters only, digits only and spaces are all fine", () => {
    expect(passwordProblem("quietriverstones")).toBeNull();
    expect(passwordProblem("739184620571")).toBeNull();
    expect(passwordProblem("tall grass by the river")).toBeNull();
    // An upper-case letter, digit and symbol do not make a common password acceptable.
    expect(passwordProblem("Password123!")).toBe("common");
  });
});
