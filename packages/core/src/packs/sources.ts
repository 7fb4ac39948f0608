// The sources of rules.md, numbered as there, plus the two the planner adds for itself.

export const SOURCES = {
  guideline: "Microneedling Planner founding protocol (rules.md, guideline layer)",
  conservative:
    "Conservative choice by the planner where rules.md gives no number: the safer option is taken and marked as such",
  "1": "Alster TS, Graham PM. Microneedling: a review and practical guide. Dermatol Surg 2018;44:397–404.",
  "2": "Harris AG, Naidoo C, Murrell DF. Skin needling as a treatment for acne scarring: an up-to-date review. Int J Womens Dermatol 2015;1:77–81.",
  "3": "FDA De Novo DEN160029 (SkinPen Precision, 2018): labelling and study summary; trial NCT02646917 (3 sessions, 30 days apart, up to 1.5 mm).",
  "4": "FDA/CDRH. Regulatory Considerations for Microneedling Products. Final guidance, 10 Nov 2020.",
  "5": "21 CFR 878.4430 (microneedling device for aesthetic use, Class II).",
  "6": "FDA. Microneedling Devices (web page): authorised for facial acne scars, facial wrinkles and abdominal scars in people 22 and over.",
  "7": "Alster TS, Li MK. Microneedling of scars: a large prospective study with long-term follow-up. Plast Reconstr Surg 2020;145:358–364.",
  "8": "Alster TS, Li MK. Microneedling treatment of striae distensae in light and dark skin. Dermatol Surg 2020;46:459–464.",
  "9": "Cohen BE, Elbuluk N. Microneedling in skin of color: a review. J Am Acad Dermatol 2016;74:348–355.",
  "10": "Chu S, Foulad DP, Atanaskova Mesinkovska N. Safety profile for microneedling: a systematic review. Dermatol Surg 2021;47:1249–1254; and striae at 2-week intervals, Arch Dermatol Res 2023 (PIH 21.9%).",
  "11": "Waldman A et al. ASDS guidelines task force: procedures during and after isotretinoin. Dermatol Surg 2017;43:1249–1262.",
  "12": "Fabbrocini G et al. Percutaneous collagen induction in different skin phototypes. J Dermatolog Treat 2014;25:147–152.",
  "13": "Dogra S et al. Microneedling for acne scars in Asian skin type. J Cosmet Dermatol 2014.",
  "15": "Alam M et al. Efficacy of a needling device for acne scars: randomized clinical trial. JAMA Dermatol 2014.",
  "17": "Park KY et al. Treatment of striae distensae using needling therapy: a pilot study. Dermatol Surg 2012.",
  "18": "Ablon G. Automated microneedling device and signs of aging skin. J Clin Aesthet Dermatol 2018.",
  "20": "Goodman GJ, Baron JA. Postacne scarring: a qualitative global scarring grading system. Dermatol Surg 2006.",
  "21": "American Academy of Dermatology news release (Alster): microneedling at home vs in the office, 2018.",
  "22": "Soltani-Arabshahi R et al. Facial allergic granulomatous reaction after microneedling with topical products. JAMA Dermatol 2014;150:68–72.",
  "23": "Meng Y et al. High-frequency ultrasound of facial skin thickness. BMC Med Imaging 2022.",
  "25": "Sørensen LT. Wound healing and infection in surgery: the clinical impact of smoking. Arch Surg 2012;147:373–383.",
} as const;
