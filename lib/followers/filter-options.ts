/** Japan's prefectures, offered as area choices; any other area can still be typed in. */
export const prefectures = [
  "Hokkaido", "Aomori", "Iwate", "Miyagi", "Akita", "Yamagata", "Fukushima", "Ibaraki", "Tochigi", "Gunma",
  "Saitama", "Chiba", "Tokyo", "Kanagawa", "Niigata", "Toyama", "Ishikawa", "Fukui", "Yamanashi", "Nagano",
  "Gifu", "Shizuoka", "Aichi", "Mie", "Shiga", "Kyoto", "Osaka", "Hyogo", "Nara", "Wakayama",
  "Tottori", "Shimane", "Okayama", "Hiroshima", "Yamaguchi", "Tokushima", "Kagawa", "Ehime", "Kochi", "Fukuoka",
  "Saga", "Nagasaki", "Kumamoto", "Oita", "Miyazaki", "Kagoshima", "Okinawa",
] as const;

export const languageLabels: Record<string, string> = {
  ja: "Japanese",
  en: "English",
  zh: "Chinese",
  ko: "Korean",
  th: "Thai",
  vi: "Vietnamese",
  id: "Indonesian",
  es: "Spanish",
  pt: "Portuguese",
};

export const genderLabels = { female: "Female", male: "Male", unknown: "Unknown" } as const;
export const osLabels = { ios: "iOS", android: "Android", other: "Other" } as const;
export const statusLabels = { following: "Following", blocked: "Blocked" } as const;
export const followedWithinChoices = [1, 7, 30, 90, 365] as const;

