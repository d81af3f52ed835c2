// Published figures the generator is driven by and the calibration compares with. Extracted from
// /work/shared/reference/*.csv (Jaarrapport 2022-2023 = S000, parliamentary question 759 = S003)
// by a one-off script; partnership names replaced by their codes (shared/src/partnerships.ts).
// Do not edit by hand: fix the CSV extraction instead.

/** Headline figures of 2022-2023 (S000 §4-§5, reference/headline_figures_2022_2023.csv). */
export const HEADLINE_2022_2023 = {
  recognitionsSecondaryDual: 23368,
  recognitionsSecondaryLerenEnWerken: 21177,
  recognitionsSecondary: 44545,
  recognitionsAdult: 8691,
  establishmentsSecondary: 14058,
  enterprisesSecondary: 11738,
  applications: 12412,
  applicationsNew: 10812,
  applicationsRenewal: 1600,
  mandatedSharePct: 46,
  approved: 10461,
  approvedInvestigated: 10133,
  approvedAutomatic: 328,
  rejected: 975,
  rejectedEquipment: 688,
  revocations: 3107,
  revocationEnterprises: 1110,
  revocationEstablishments: 1287,
  stopped: 723,
  expired: 7242,
  expiredWithRenewal: 1360,
  renewalsApproved: 1462,
  renewalsRejected: 24,
  mentors: 14836,
  mentorsDue: 4396,
  mentorsCompleted: 2583,
  mentorsExempt: 250,
  mentorsNotCompleted: 1415,
  mentorsFollowUpStopped: 148,
  mentorsRemoved: 1497,
  agreementsStartedDual: 3801,
  agreementsStartedLerenEnWerken: 2908,
  agreementsStartedAdult: 64,
  agreementsRunning: 7720,
  terminations: 2357,
  terminationsDual: 1088,
  terminationsLerenEnWerken: 1269,
  terminationsAdult: 8,
  siteVisits: 1505,
  appeals: 11,
  duplicates: 842,
  duplicatedOriginals: 816,
} as const;

export interface PartnershipFigures {
  applicationsNew: number;
  applicationsRenewal: number;
  enterprises: number;
  establishments: number;
  recognitions: number;
  phone: number;
  siteVisits: number;
  virtual: number;
  mentors: number;
  runningBySystem: { DUAL: number; LEREN_EN_WERKEN: number; ADULT: number };
  runningByType: { OAO: number; DA: number; DA_SM: number; SAO: number; ODO_W: number; ODOS: number };
}

/** Per reporting partnership, 2022-2023: Tabel 12, 15, 16, 18, 21, 22. */
export const PARTNERSHIPS_2022_2023: Record<string, PartnershipFigures> = {
  "AUTO": {
    "applicationsNew": 755,
    "applicationsRenewal": 71,
    "enterprises": 819,
    "establishments": 927,
    "recognitions": 3163,
    "phone": 125,
    "siteVisits": 12,
    "virtual": 0,
    "mentors": 876,
    "runningBySystem": {
      "DUAL": 321,
      "LEREN_EN_WERKEN": 253,
      "ADULT": 0
    },
    "runningByType": {
      "OAO": 573,
      "DA": 0,
      "DA_SM": 0,
      "SAO": 1,
      "ODO_W": 0,
      "ODOS": 0
    }
  },
  "BEDIENDEN": {
    "applicationsNew": 250,
    "applicationsRenewal": 25,
    "enterprises": 391,
    "establishments": 402,
    "recognitions": 980,
    "phone": 0,
    "siteVisits": 0,
    "virtual": 0,
    "mentors": 323,
    "runningBySystem": {
      "DUAL": 64,
      "LEREN_EN_WERKEN": 87,
      "ADULT": 0
    },
    "runningByType": {
      "OAO": 145,
      "DA": 1,
      "DA_SM": 0,
      "SAO": 5,
      "ODO_W": 0,
      "ODOS": 0
    }
  },
  "BINNENVAART": {
    "applicationsNew": 11,
    "applicationsRenewal": 4,
    "enterprises": 30,
    "establishments": 30,
    "recognitions": 53,
    "phone": 11,
    "siteVisits": 0,
    "virtual": 0,
    "mentors": 28,
    "runningBySystem": {
      "DUAL": 8,
      "LEREN_EN_WERKEN": 0,
      "ADULT": 0
    },
    "runningByType": {
      "OAO": 8,
      "DA": 0,
      "DA_SM": 0,
      "SAO": 0,
      "ODO_W": 0,
      "ODOS": 0
    }
  },
  "BOUW": {
    "applicationsNew": 1793,
    "applicationsRenewal": 173,
    "enterprises": 2596,
    "establishments": 2616,
    "recognitions": 7430,
    "phone": 0,
    "siteVisits": 251,
    "virtual": 0,
    "mentors": 2553,
    "runningBySystem": {
      "DUAL": 529,
      "LEREN_EN_WERKEN": 553,
      "ADULT": 0
    },
    "runningByType": {
      "OAO": 1076,
      "DA": 0,
      "DA_SM": 0,
      "SAO": 6,
      "ODO_W": 0,
      "ODOS": 0
    }
  },
  "CHEMIE": {
    "applicationsNew": 29,
    "applicationsRenewal": 8,
    "enterprises": 84,
    "establishments": 95,
    "recognitions": 192,
    "phone": 12,
    "siteVisits": 7,
    "virtual": 0,
    "mentors": 234,
    "runningBySystem": {
      "DUAL": 71,
      "LEREN_EN_WERKEN": 5,
      "ADULT": 0
    },
    "runningByType": {
      "OAO": 19,
      "DA": 0,
      "DA_SM": 0,
      "SAO": 57,
      "ODO_W": 0,
      "ODOS": 0
    }
  },
  "ELEKTRICIENS": {
    "applicationsNew": 557,
    "applicationsRenewal": 73,
    "enterprises": 702,
    "establishments": 721,
    "recognitions": 1980,
    "phone": 1,
    "siteVisits": 50,
    "virtual": 10,
    "mentors": 755,
    "runningBySystem": {
      "DUAL": 352,
      "LEREN_EN_WERKEN": 105,
      "ADULT": 0
    },
    "runningByType": {
      "OAO": 454,
      "DA": 0,
      "DA_SM": 0,
      "SAO": 3,
      "ODO_W": 0,
      "ODOS": 0
    }
  },
  "GRAFISCHE": {
    "applicationsNew": 10,
    "applicationsRenewal": 0,
    "enterprises": 32,
    "establishments": 32,
    "recognitions": 96,
    "phone": 12,
    "siteVisits": 12,
    "virtual": 0,
    "mentors": 38,
    "runningBySystem": {
      "DUAL": 19,
      "LEREN_EN_WERKEN": 0,
      "ADULT": 0
    },
    "runningByType": {
      "OAO": 19,
      "DA": 0,
      "DA_SM": 0,
      "SAO": 0,
      "ODO_W": 0,
      "ODOS": 0
    }
  },
  "GROENE_SECTOREN": {
    "applicationsNew": 663,
    "applicationsRenewal": 102,
    "enterprises": 1034,
    "establishments": 1043,
    "recognitions": 3043,
    "phone": 312,
    "siteVisits": 60,
    "virtual": 0,
    "mentors": 950,
    "runningBySystem": {
      "DUAL": 383,
      "LEREN_EN_WERKEN": 97,
      "ADULT": 0
    },
    "runningByType": {
      "OAO": 479,
      "DA": 0,
      "DA_SM": 0,
      "SAO": 1,
      "ODO_W": 0,
      "ODOS": 0
    }
  },
  "HAARTOOI": {
    "applicationsNew": 506,
    "applicationsRenewal": 116,
    "enterprises": 805,
    "establishments": 865,
    "recognitions": 2220,
    "phone": 865,
    "siteVisits": 710,
    "virtual": 0,
    "mentors": 854,
    "runningBySystem": {
      "DUAL": 278,
      "LEREN_EN_WERKEN": 226,
      "ADULT": 0
    },
    "runningByType": {
      "OAO": 498,
      "DA": 0,
      "DA_SM": 0,
      "SAO": 6,
      "ODO_W": 0,
      "ODOS": 0
    }
  },
  "HANDEL_DETAILHANDEL": {
    "applicationsNew": 968,
    "applicationsRenewal": 82,
    "enterprises": 81,
    "establishments": 788,
    "recognitions": 3337,
    "phone": 116,
    "siteVisits": 87,
    "virtual": 75,
    "mentors": 675,
    "runningBySystem": {
      "DUAL": 143,
      "LEREN_EN_WERKEN": 303,
      "ADULT": 0
    },
    "runningByType": {
      "OAO": 442,
      "DA": 0,
      "DA_SM": 0,
      "SAO": 4,
      "ODO_W": 0,
      "ODOS": 0
    }
  },
  "HANDEL_VOEDINGSHANDEL": {
    "applicationsNew": 157,
    "applicationsRenewal": 26,
    "enterprises": 190,
    "establishments": 325,
    "recognitions": 967,
    "phone": 43,
    "siteVisits": 36,
    "virtual": 25,
    "mentors": 286,
    "runningBySystem": {
      "DUAL": 63,
      "LEREN_EN_WERKEN": 21,
      "ADULT": 0
    },
    "runningByType": {
      "OAO": 84,
      "DA": 0,
      "DA_SM": 0,
      "SAO": 0,
      "ODO_W": 0,
      "ODOS": 0
    }
  },
  "HANDEL_ZELFSTANDIGE_KLEINHANDEL": {
    "applicationsNew": 884,
    "applicationsRenewal": 150,
    "enterprises": 1026,
    "establishments": 1137,
    "recognitions": 4365,
    "phone": 55,
    "siteVisits": 126,
    "virtual": 0,
    "mentors": 943,
    "runningBySystem": {
      "DUAL": 275,
      "LEREN_EN_WERKEN": 367,
      "ADULT": 0
    },
    "runningByType": {
      "OAO": 623,
      "DA": 1,
      "DA_SM": 0,
      "SAO": 18,
      "ODO_W": 0,
      "ODOS": 0
    }
  },
  "HORECA": {
    "applicationsNew": 1251,
    "applicationsRenewal": 164,
    "enterprises": 1407,
    "establishments": 1473,
    "recognitions": 5519,
    "phone": 120,
    "siteVisits": 60,
    "virtual": 0,
    "mentors": 1512,
    "runningBySystem": {
      "DUAL": 336,
      "LEREN_EN_WERKEN": 402,
      "ADULT": 5
    },
    "runningByType": {
      "OAO": 725,
      "DA": 2,
      "DA_SM": 0,
      "SAO": 11,
      "ODO_W": 0,
      "ODOS": 5
    }
  },
  "HOUTSECTOREN": {
    "applicationsNew": 375,
    "applicationsRenewal": 54,
    "enterprises": 301,
    "establishments": 309,
    "recognitions": 1605,
    "phone": 56,
    "siteVisits": 25,
    "virtual": 0,
    "mentors": 327,
    "runningBySystem": {
      "DUAL": 73,
      "LEREN_EN_WERKEN": 50,
      "ADULT": 0
    },
    "runningByType": {
      "OAO": 122,
      "DA": 0,
      "DA_SM": 0,
      "SAO": 1,
      "ODO_W": 0,
      "ODOS": 0
    }
  },
  "KLEDING": {
    "applicationsNew": 0,
    "applicationsRenewal": 7,
    "enterprises": 29,
    "establishments": 29,
    "recognitions": 71,
    "phone": 3,
    "siteVisits": 5,
    "virtual": 0,
    "mentors": 31,
    "runningBySystem": {
      "DUAL": 2,
      "LEREN_EN_WERKEN": 3,
      "ADULT": 0
    },
    "runningByType": {
      "OAO": 5,
      "DA": 0,
      "DA_SM": 0,
      "SAO": 0,
      "ODO_W": 0,
      "ODOS": 0
    }
  },
  "LOKALE_BESTUREN": {
    "applicationsNew": 397,
    "applicationsRenewal": 132,
    "enterprises": 249,
    "establishments": 605,
    "recognitions": 1476,
    "phone": 15,
    "siteVisits": 3,
    "virtual": 3,
    "mentors": 1147,
    "runningBySystem": {
      "DUAL": 193,
      "LEREN_EN_WERKEN": 207,
      "ADULT": 15
    },
    "runningByType": {
      "OAO": 387,
      "DA": 3,
      "DA_SM": 1,
      "SAO": 9,
      "ODO_W": 14,
      "ODOS": 1
    }
  },
  "SOCIAL_PROFIT": {
    "applicationsNew": 962,
    "applicationsRenewal": 265,
    "enterprises": 763,
    "establishments": 1331,
    "recognitions": 3564,
    "phone": 75,
    "siteVisits": 24,
    "virtual": 65,
    "mentors": 1978,
    "runningBySystem": {
      "DUAL": 415,
      "LEREN_EN_WERKEN": 573,
      "ADULT": 44
    },
    "runningByType": {
      "OAO": 768,
      "DA": 4,
      "DA_SM": 210,
      "SAO": 6,
      "ODO_W": 43,
      "ODOS": 1
    }
  },
  "TECHNOLOGISCHE_INDUSTRIE": {
    "applicationsNew": 543,
    "applicationsRenewal": 52,
    "enterprises": 539,
    "establishments": 556,
    "recognitions": 1851,
    "phone": 0,
    "siteVisits": 0,
    "virtual": 0,
    "mentors": 546,
    "runningBySystem": {
      "DUAL": 160,
      "LEREN_EN_WERKEN": 184,
      "ADULT": 0
    },
    "runningByType": {
      "OAO": 333,
      "DA": 0,
      "DA_SM": 0,
      "SAO": 11,
      "ODO_W": 0,
      "ODOS": 0
    }
  },
  "TEXTIEL": {
    "applicationsNew": 6,
    "applicationsRenewal": 5,
    "enterprises": 10,
    "establishments": 11,
    "recognitions": 24,
    "phone": 45,
    "siteVisits": 4,
    "virtual": 0,
    "mentors": 18,
    "runningBySystem": {
      "DUAL": 7,
      "LEREN_EN_WERKEN": 0,
      "ADULT": 0
    },
    "runningByType": {
      "OAO": 7,
      "DA": 0,
      "DA_SM": 0,
      "SAO": 0,
      "ODO_W": 0,
      "ODOS": 0
    }
  },
  "TEXTIELVERZORGING": {
    "applicationsNew": 0,
    "applicationsRenewal": 0,
    "enterprises": 4,
    "establishments": 4,
    "recognitions": 8,
    "phone": 0,
    "siteVisits": 0,
    "virtual": 0,
    "mentors": 3,
    "runningBySystem": {
      "DUAL": 0,
      "LEREN_EN_WERKEN": 0,
      "ADULT": 0
    },
    "runningByType": {
      "OAO": 0,
      "DA": 0,
      "DA_SM": 0,
      "SAO": 0,
      "ODO_W": 0,
      "ODOS": 0
    }
  },
  "TRANSPORT": {
    "applicationsNew": 69,
    "applicationsRenewal": 20,
    "enterprises": 60,
    "establishments": 72,
    "recognitions": 241,
    "phone": 0,
    "siteVisits": 3,
    "virtual": 0,
    "mentors": 73,
    "runningBySystem": {
      "DUAL": 42,
      "LEREN_EN_WERKEN": 25,
      "ADULT": 0
    },
    "runningByType": {
      "OAO": 67,
      "DA": 0,
      "DA_SM": 0,
      "SAO": 0,
      "ODO_W": 0,
      "ODOS": 0
    }
  },
  "VOEDINGSINDUSTRIE": {
    "applicationsNew": 143,
    "applicationsRenewal": 26,
    "enterprises": 299,
    "establishments": 310,
    "recognitions": 871,
    "phone": 33,
    "siteVisits": 27,
    "virtual": 2,
    "mentors": 280,
    "runningBySystem": {
      "DUAL": 101,
      "LEREN_EN_WERKEN": 29,
      "ADULT": 0
    },
    "runningByType": {
      "OAO": 124,
      "DA": 0,
      "DA_SM": 0,
      "SAO": 6,
      "ODO_W": 0,
      "ODOS": 0
    }
  },
  "VLAAMS_PARTNERSCHAP": {
    "applicationsNew": 483,
    "applicationsRenewal": 45,
    "enterprises": 486,
    "establishments": 632,
    "recognitions": 1638,
    "phone": 31,
    "siteVisits": 3,
    "virtual": 0,
    "mentors": 582,
    "runningBySystem": {
      "DUAL": 149,
      "LEREN_EN_WERKEN": 182,
      "ADULT": 0
    },
    "runningByType": {
      "OAO": 313,
      "DA": 11,
      "DA_SM": 2,
      "SAO": 5,
      "ODO_W": 0,
      "ODOS": 0
    }
  }
};

/** S003 answer 1a/1b/2a/2b: Leren en Werken enterprises recognised / with an agreement, per province and sector (partnership code); 2022-2023 incomplete. */
export const PQ759_RECOGNISED_BY_PROVINCE: Record<string, Record<string, number>> = {
  "BRUSSEL": {
    "2019-2020": 297,
    "2020-2021": 309,
    "2021-2022": 284,
    "2022-2023": 213
  },
  "ANTWERPEN": {
    "2019-2020": 2761,
    "2020-2021": 3000,
    "2021-2022": 3105,
    "2022-2023": 2447
  },
  "LIMBURG": {
    "2019-2020": 1512,
    "2020-2021": 1650,
    "2021-2022": 1673,
    "2022-2023": 1292
  },
  "OOST_VLAANDEREN": {
    "2019-2020": 2498,
    "2020-2021": 2676,
    "2021-2022": 2686,
    "2022-2023": 2081
  },
  "VLAAMS_BRABANT": {
    "2019-2020": 1167,
    "2020-2021": 1261,
    "2021-2022": 1278,
    "2022-2023": 990
  },
  "WEST_VLAANDEREN": {
    "2019-2020": 1858,
    "2020-2021": 2040,
    "2021-2022": 2173,
    "2022-2023": 1788
  }
};

export const PQ759_ACTIVE_BY_PROVINCE: Record<string, Record<string, number>> = {
  "BRUSSEL": {
    "2019-2020": 79,
    "2020-2021": 66,
    "2021-2022": 51,
    "2022-2023": 61
  },
  "ANTWERPEN": {
    "2019-2020": 1025,
    "2020-2021": 955,
    "2021-2022": 1024,
    "2022-2023": 721
  },
  "LIMBURG": {
    "2019-2020": 507,
    "2020-2021": 460,
    "2021-2022": 402,
    "2022-2023": 298
  },
  "OOST_VLAANDEREN": {
    "2019-2020": 923,
    "2020-2021": 752,
    "2021-2022": 751,
    "2022-2023": 572
  },
  "VLAAMS_BRABANT": {
    "2019-2020": 342,
    "2020-2021": 347,
    "2021-2022": 302,
    "2022-2023": 226
  },
  "WEST_VLAANDEREN": {
    "2019-2020": 617,
    "2020-2021": 566,
    "2021-2022": 610,
    "2022-2023": 530
  }
};

export const PQ759_RECOGNISED_BY_SECTOR: Record<string, Record<string, number>> = {
  "AUTO": {
    "2019-2020": 797,
    "2020-2021": 889,
    "2021-2022": 816,
    "2022-2023": 593
  },
  "BINNENVAART": {
    "2019-2020": 9,
    "2020-2021": 9,
    "2021-2022": 9,
    "2022-2023": 6
  },
  "BOUW": {
    "2019-2020": 2027,
    "2020-2021": 2198,
    "2021-2022": 2371,
    "2022-2023": 2005
  },
  "CHEMIE": {
    "2019-2020": 39,
    "2020-2021": 42,
    "2021-2022": 43,
    "2022-2023": 34
  },
  "ELEKTRICIENS": {
    "2019-2020": 330,
    "2020-2021": 401,
    "2021-2022": 432,
    "2022-2023": 365
  },
  "GRAFISCHE": {
    "2019-2020": 19,
    "2020-2021": 19,
    "2021-2022": 21,
    "2022-2023": 14
  },
  "GROENE_SECTOREN": {
    "2019-2020": 611,
    "2020-2021": 687,
    "2021-2022": 735,
    "2022-2023": 553
  },
  "HAARTOOI": {
    "2019-2020": 978,
    "2020-2021": 1008,
    "2021-2022": 790,
    "2022-2023": 587
  },
  "HANDEL_DETAILHANDEL": {
    "2019-2020": 75,
    "2020-2021": 75,
    "2021-2022": 79,
    "2022-2023": 72
  },
  "HANDEL_VOEDINGSHANDEL": {
    "2019-2020": 199,
    "2020-2021": 213,
    "2021-2022": 209,
    "2022-2023": 139
  },
  "HANDEL_ZELFSTANDIGE_KLEINHANDEL": {
    "2019-2020": 1154,
    "2020-2021": 1255,
    "2021-2022": 1267,
    "2022-2023": 910
  },
  "HORECA": {
    "2019-2020": 1192,
    "2020-2021": 1261,
    "2021-2022": 1427,
    "2022-2023": 1111
  },
  "HOUTSECTOREN": {
    "2019-2020": 191,
    "2020-2021": 215,
    "2021-2022": 239,
    "2022-2023": 200
  },
  "KLEDING": {
    "2019-2020": 23,
    "2020-2021": 23,
    "2021-2022": 22,
    "2022-2023": 16
  },
  "LOKALE_BESTUREN": {
    "2019-2020": 139,
    "2020-2021": 157,
    "2021-2022": 169,
    "2022-2023": 170
  },
  "SOCIAL_PROFIT": {
    "2019-2020": 639,
    "2020-2021": 682,
    "2021-2022": 689,
    "2022-2023": 584
  },
  "TECHNOLOGISCHE_INDUSTRIE": {
    "2019-2020": 425,
    "2020-2021": 480,
    "2021-2022": 510,
    "2022-2023": 401
  },
  "TEXTIELVERZORGING": {
    "2019-2020": 9,
    "2020-2021": 8,
    "2021-2022": 8,
    "2022-2023": 4
  },
  "TRANSPORT": {
    "2019-2020": 56,
    "2020-2021": 51,
    "2021-2022": 52,
    "2022-2023": 40
  },
  "VLAAMS_PARTNERSCHAP": {
    "2019-2020": 825,
    "2020-2021": 898,
    "2021-2022": 924,
    "2022-2023": 672
  },
  "VOEDINGSINDUSTRIE": {
    "2019-2020": 229,
    "2020-2021": 237,
    "2021-2022": 248,
    "2022-2023": 184
  }
};

export const PQ759_ACTIVE_BY_SECTOR: Record<string, Record<string, number>> = {
  "AUTO": {
    "2019-2020": 282,
    "2020-2021": 274,
    "2021-2022": 263,
    "2022-2023": 194
  },
  "BOUW": {
    "2019-2020": 703,
    "2020-2021": 706,
    "2021-2022": 696,
    "2022-2023": 480
  },
  "CHEMIE": {
    "2019-2020": 10,
    "2020-2021": 10,
    "2021-2022": 15,
    "2022-2023": 4
  },
  "ELEKTRICIENS": {
    "2019-2020": 113,
    "2020-2021": 121,
    "2021-2022": 101,
    "2022-2023": 77
  },
  "GRAFISCHE": {
    "2019-2020": 3,
    "2020-2021": 3,
    "2021-2022": 3,
    "2022-2023": 0
  },
  "GROENE_SECTOREN": {
    "2019-2020": 217,
    "2020-2021": 197,
    "2021-2022": 173,
    "2022-2023": 92
  },
  "HAARTOOI": {
    "2019-2020": 273,
    "2020-2021": 209,
    "2021-2022": 192,
    "2022-2023": 183
  },
  "HANDEL_DETAILHANDEL": {
    "2019-2020": 49,
    "2020-2021": 35,
    "2021-2022": 39,
    "2022-2023": 35
  },
  "HANDEL_VOEDINGSHANDEL": {
    "2019-2020": 54,
    "2020-2021": 48,
    "2021-2022": 37,
    "2022-2023": 18
  },
  "HANDEL_ZELFSTANDIGE_KLEINHANDEL": {
    "2019-2020": 376,
    "2020-2021": 356,
    "2021-2022": 332,
    "2022-2023": 237
  },
  "HORECA": {
    "2019-2020": 469,
    "2020-2021": 345,
    "2021-2022": 413,
    "2022-2023": 305
  },
  "HOUTSECTOREN": {
    "2019-2020": 61,
    "2020-2021": 51,
    "2021-2022": 56,
    "2022-2023": 41
  },
  "KLEDING": {
    "2019-2020": 8,
    "2020-2021": 2,
    "2021-2022": 1,
    "2022-2023": 3
  },
  "LOKALE_BESTUREN": {
    "2019-2020": 62,
    "2020-2021": 70,
    "2021-2022": 61,
    "2022-2023": 67
  },
  "SOCIAL_PROFIT": {
    "2019-2020": 267,
    "2020-2021": 259,
    "2021-2022": 260,
    "2022-2023": 251
  },
  "TECHNOLOGISCHE_INDUSTRIE": {
    "2019-2020": 155,
    "2020-2021": 128,
    "2021-2022": 147,
    "2022-2023": 142
  },
  "TRANSPORT": {
    "2019-2020": 20,
    "2020-2021": 16,
    "2021-2022": 27,
    "2022-2023": 15
  },
  "VLAAMS_PARTNERSCHAP": {
    "2019-2020": 256,
    "2020-2021": 219,
    "2021-2022": 216,
    "2022-2023": 174
  },
  "VOEDINGSINDUSTRIE": {
    "2019-2020": 49,
    "2020-2021": 31,
    "2021-2022": 38,
    "2022-2023": 22
  }
};

export const PQ759_TOTALS: Record<string, Record<string, number>> = {
  "recognised": {
    "2019-2020": 9812,
    "2020-2021": 10640,
    "2021-2022": 10896,
    "2022-2023": 8549
  },
  "active": {
    "2019-2020": 3407,
    "2020-2021": 3061,
    "2021-2022": 3049,
    "2022-2023": 2328
  }
};

/** Tabel 14: decisions per school year (duplicates excluded). */
export const DECISIONS_BY_YEAR: Record<string, { approved: number; approvedInvestigated: number; approvedAutomatic: number; rejected: number }> = {
  "2018-2019": {
    "approved": 7712,
    "approvedInvestigated": 7427,
    "approvedAutomatic": 285,
    "rejected": 1047
  },
  "2019-2020": {
    "approved": 4637,
    "approvedInvestigated": 4535,
    "approvedAutomatic": 102,
    "rejected": 526
  },
  "2020-2021": {
    "approved": 6093,
    "approvedInvestigated": 6034,
    "approvedAutomatic": 59,
    "rejected": 756
  },
  "2021-2022": {
    "approved": 10051,
    "approvedInvestigated": 9839,
    "approvedAutomatic": 212,
    "rejected": 929
  },
  "2022-2023": {
    "approved": 10461,
    "approvedInvestigated": 10133,
    "approvedAutomatic": 328,
    "rejected": 975
  }
};

/** Tabel 17: revocations with unique enterprises and establishments. */
export const REVOCATIONS_BY_YEAR: Record<string, { revocations: number; enterprises: number; establishments: number }> = {
  "2016-2017": {
    "revocations": 236,
    "enterprises": 123,
    "establishments": 124
  },
  "2017-2018": {
    "revocations": 498,
    "enterprises": 238,
    "establishments": 259
  },
  "2018-2019": {
    "revocations": 1112,
    "enterprises": 635,
    "establishments": 661
  },
  "2019-2020": {
    "revocations": 820,
    "enterprises": 498,
    "establishments": 504
  },
  "2020-2021": {
    "revocations": 2515,
    "enterprises": 1326,
    "establishments": 1414
  },
  "2021-2022": {
    "revocations": 3892,
    "enterprises": 1692,
    "establishments": 1855
  },
  "2022-2023": {
    "revocations": 3107,
    "enterprises": 1110,
    "establishments": 1287
  }
};

/** Tabel 23 / 24. */
export const STOPPED_BY_YEAR: Record<string, number> = {
  "2018-2019": 535,
  "2019-2020": 488,
  "2020-2021": 828,
  "2021-2022": 833,
  "2022-2023": 723
};

export const EXPIRED_BY_YEAR: Record<string, number> = {
  "2020-2021": 315,
  "2021-2022": 8635,
  "2022-2023": 7242
};

/** Tabel 20: unique mentors removed per reason. */
export const MENTOR_REMOVALS_BY_YEAR: Record<string, Record<string, number>> = {
  "2019-2020": {
    "TRAINING_NOT_FOLLOWED": 181,
    "CONDUCT": 2,
    "INSUFFICIENT_AVAILABILITY": 555,
    "INSUFFICIENT_AGE": 2,
    "INSUFFICIENT_EXPERIENCE": 2,
    "TASKS_NOT_FULFILLED": 1
  },
  "2020-2021": {
    "TRAINING_NOT_FOLLOWED": 1934,
    "CONDUCT": 1,
    "INSUFFICIENT_AVAILABILITY": 95,
    "INSUFFICIENT_AGE": 1,
    "INSUFFICIENT_EXPERIENCE": 1,
    "TASKS_NOT_FULFILLED": 3
  },
  "2021-2022": {
    "TRAINING_NOT_FOLLOWED": 1708,
    "CONDUCT": 0,
    "INSUFFICIENT_AVAILABILITY": 60,
    "INSUFFICIENT_AGE": 0,
    "INSUFFICIENT_EXPERIENCE": 2,
    "TASKS_NOT_FULFILLED": 3
  },
  "2022-2023": {
    "TRAINING_NOT_FOLLOWED": 1401,
    "CONDUCT": 0,
    "INSUFFICIENT_AVAILABILITY": 85,
    "INSUFFICIENT_AGE": 1,
    "INSUFFICIENT_EXPERIENCE": 5,
    "TASKS_NOT_FULFILLED": 5
  }
};

/** Tabel 8: early terminations in secondary education per reason and system, 2022-2023. */
export const TERMINATION_REASONS_2022_2023: Record<string, { DUAL: number; LEREN_EN_WERKEN: number }> = {
  "MISMATCH": {
    "DUAL": 334,
    "LEREN_EN_WERKEN": 329
  },
  "LEARNER_CIRCUMSTANCES": {
    "DUAL": 99,
    "LEREN_EN_WERKEN": 129
  },
  "CHANGES_ENTERPRISE": {
    "DUAL": 121,
    "LEREN_EN_WERKEN": 105
  },
  "LEARNER_INFRINGEMENT": {
    "DUAL": 86,
    "LEREN_EN_WERKEN": 114
  },
  "STOPPED_STUDYING": {
    "DUAL": 73,
    "LEREN_EN_WERKEN": 116
  },
  "COMPLETED_SUCCESSFULLY": {
    "DUAL": 30,
    "LEREN_EN_WERKEN": 127
  },
  "WORKPLACE_CIRCUMSTANCES": {
    "DUAL": 43,
    "LEREN_EN_WERKEN": 57
  },
  "SWITCH_FULL_TIME": {
    "DUAL": 67,
    "LEREN_EN_WERKEN": 32
  },
  "POOR_COOPERATION": {
    "DUAL": 49,
    "LEREN_EN_WERKEN": 41
  },
  "ENTERPRISE_NOT_RECOGNISED": {
    "DUAL": 32,
    "LEREN_EN_WERKEN": 41
  },
  "SWITCH_DUAL": {
    "DUAL": 37,
    "LEREN_EN_WERKEN": 23
  },
  "SWITCH_LEREN_EN_WERKEN": {
    "DUAL": 25,
    "LEREN_EN_WERKEN": 29
  },
  "TRAINING_DISCONTINUED": {
    "DUAL": 23,
    "LEREN_EN_WERKEN": 23
  },
  "REGULAR_CONTRACT_OFFERED_STOPPED": {
    "DUAL": 11,
    "LEREN_EN_WERKEN": 32
  },
  "ENTERPRISE_CLOSED": {
    "DUAL": 16,
    "LEREN_EN_WERKEN": 23
  },
  "DISCIPLINARY_EXCLUSION": {
    "DUAL": 21,
    "LEREN_EN_WERKEN": 16
  },
  "NO_MENTOR": {
    "DUAL": 12,
    "LEREN_EN_WERKEN": 14
  },
  "REGULAR_CONTRACT": {
    "DUAL": 7,
    "LEREN_EN_WERKEN": 12
  },
  "ENTERPRISE_INFRINGEMENT": {
    "DUAL": 2,
    "LEREN_EN_WERKEN": 4
  },
  "HEALTH_NOT_GUARANTEED": {
    "DUAL": 0,
    "LEREN_EN_WERKEN": 2
  }
};

/** Tabel 29: dual enrolments on 1 February per standard trajectory (names as printed). */
export const ENROLMENTS_BY_TRAJECTORY: Record<string, Record<string, number>> = {
  "Afwerking bouw duaal": {
    "2018-2019": 2,
    "2019-2020": 9,
    "2020-2021": 11,
    "2021-2022": 9,
    "2022-2023": 7
  },
  "Animator duaal": {
    "2021-2022": 1,
    "2022-2023": 1
  },
  "Asp.-stuurman binnenscheepvaart duaal": {
    "2022-2023": 2
  },
  "Assistent (inter)nat. goederenvervoer DL": {
    "2021-2022": 1,
    "2022-2023": 1
  },
  "Assistent plantaardige productie DL OV3": {
    "2019-2020": 4,
    "2020-2021": 3,
    "2021-2022": 3,
    "2022-2023": 3
  },
  "Autotechnieken duaal": {
    "2020-2021": 4,
    "2021-2022": 2
  },
  "Bandenmonteur duaal": {
    "2021-2022": 9,
    "2022-2023": 20
  },
  "Bandenmonteur duaal OV3": {
    "2020-2021": 1,
    "2021-2022": 2,
    "2022-2023": 5
  },
  "Bestuurder interne transportmiddelen DL": {
    "2022-2023": 5
  },
  "Beveiligingstechnicus duaal": {
    "2018-2019": 2,
    "2019-2020": 1,
    "2021-2022": 2,
    "2022-2023": 4
  },
  "Binnen- en buitenschrijnwerk duaal": {
    "2022-2023": 8
  },
  "Binnenschrijnwerk en interieur duaal": {
    "2022-2023": 16
  },
  "Binnenvaart en beperkte kustvaart duaal": {
    "2017-2018": 9,
    "2018-2019": 17,
    "2019-2020": 16,
    "2020-2021": 14,
    "2021-2022": 11,
    "2022-2023": 5
  },
  "Bouwplaatsmachinist duaal": {
    "2018-2019": 2,
    "2019-2020": 1
  },
  "Brood- en banketbakkerij duaal": {
    "2017-2018": 17,
    "2018-2019": 26,
    "2019-2020": 35,
    "2020-2021": 33,
    "2021-2022": 32,
    "2022-2023": 35
  },
  "Buitenschrijnwerker hout duaal": {
    "2022-2023": 1
  },
  "Chemische procestechnieken duaal": {
    "2016-2017": 27,
    "2017-2018": 38,
    "2018-2019": 53,
    "2019-2020": 57,
    "2020-2021": 89,
    "2021-2022": 86,
    "2022-2023": 55
  },
  "Chocolatier duaal": {
    "2017-2018": 3,
    "2018-2019": 7,
    "2019-2020": 15,
    "2020-2021": 14,
    "2021-2022": 17,
    "2022-2023": 13
  },
  "Commercieel assistent duaal": {
    "2020-2021": 18,
    "2021-2022": 35,
    "2022-2023": 27
  },
  "Daktimmerman duaal": {
    "2021-2022": 4,
    "2022-2023": 1
  },
  "Dakwerker duaal": {
    "2017-2018": 1,
    "2018-2019": 4,
    "2019-2020": 7,
    "2020-2021": 5,
    "2021-2022": 12,
    "2022-2023": 15
  },
  "Decoratie en schilderwerken duaal": {
    "2017-2018": 14,
    "2018-2019": 21,
    "2019-2020": 13,
    "2020-2021": 3,
    "2021-2022": 5,
    "2022-2023": 6
  },
  "Dier en milieu duaal": {
    "2018-2019": 5,
    "2019-2020": 7,
    "2020-2021": 6,
    "2021-2022": 17,
    "2022-2023": 22
  },
  "Elektrische installaties duaal": {
    "2016-2017": 9,
    "2017-2018": 51,
    "2018-2019": 107,
    "2019-2020": 122,
    "2020-2021": 113,
    "2021-2022": 123,
    "2022-2023": 110
  },
  "Elektromechanische technieken duaal": {
    "2017-2018": 21,
    "2018-2019": 43,
    "2019-2020": 45,
    "2020-2021": 38,
    "2021-2022": 19,
    "2022-2023": 20
  },
  "Elektrotechnicus duaal": {
    "2018-2019": 33,
    "2019-2020": 59,
    "2020-2021": 78,
    "2021-2022": 90,
    "2022-2023": 140
  },
  "Elektrotechnieken duaal": {
    "2018-2019": 1,
    "2019-2020": 3,
    "2020-2021": 3,
    "2021-2022": 2
  },
  "Fietshersteller duaal": {
    "2022-2023": 6
  },
  "Fietsinstallaties duaal": {
    "2022-2023": 4
  },
  "Fijnschilder duaal": {
    "2022-2023": 1
  },
  "Fitnessbegeleider duaal": {
    "2017-2018": 15,
    "2018-2019": 10,
    "2019-2020": 7,
    "2020-2021": 7,
    "2021-2022": 13,
    "2022-2023": 21
  },
  "Florist duaal": {
    "2020-2021": 3,
    "2021-2022": 7,
    "2022-2023": 11
  },
  "Gespecialiseerd verkoper slagerij duaal": {
    "2019-2020": 2,
    "2020-2021": 4,
    "2021-2022": 5,
    "2022-2023": 6
  },
  "Groenaanleg en -beheer duaal": {
    "2018-2019": 30,
    "2019-2020": 64,
    "2020-2021": 62,
    "2021-2022": 68,
    "2022-2023": 94
  },
  "Groendecoratie duaal": {
    "2019-2020": 2,
    "2020-2021": 4,
    "2021-2022": 3,
    "2022-2023": 1
  },
  "Grootkeuken en catering duaal": {
    "2018-2019": 10,
    "2019-2020": 16,
    "2020-2021": 12,
    "2021-2022": 5,
    "2022-2023": 6
  },
  "Grootkeukenkok duaal": {
    "2019-2020": 7,
    "2020-2021": 11,
    "2021-2022": 16,
    "2022-2023": 11
  },
  "Haarverzorging duaal": {
    "2016-2017": 34,
    "2017-2018": 64,
    "2018-2019": 109,
    "2019-2020": 150,
    "2020-2021": 125,
    "2021-2022": 131,
    "2022-2023": 117
  },
  "Hippisch assistent duaal": {
    "2020-2021": 10,
    "2021-2022": 28,
    "2022-2023": 37
  },
  "Hoeknaadlasser duaal": {
    "2022-2023": 18
  },
  "Host duaal": {
    "2021-2022": 2,
    "2022-2023": 2
  },
  "Hotelreceptionist duaal": {
    "2017-2018": 6,
    "2018-2019": 1,
    "2019-2020": 11,
    "2020-2021": 8,
    "2021-2022": 11,
    "2022-2023": 19
  },
  "Hulpkelner duaal": {
    "2021-2022": 7,
    "2022-2023": 26
  },
  "Ijzervlechterenbekister-betonnerder DL": {
    "2018-2019": 1,
    "2019-2020": 4,
    "2020-2021": 2,
    "2021-2022": 4,
    "2022-2023": 4
  },
  "Installateur elektrotechn. basiscomp. DL": {
    "2022-2023": 16
  },
  "Installateur gebouwenautomatisering DL": {
    "2018-2019": 24,
    "2019-2020": 30,
    "2020-2021": 41,
    "2021-2022": 39,
    "2022-2023": 51
  },
  "Installateur nutsvoorzieningen duaal": {
    "2020-2021": 8,
    "2021-2022": 18,
    "2022-2023": 12
  },
  "Interieurbouwer duaal": {
    "2018-2019": 37,
    "2019-2020": 49,
    "2020-2021": 51,
    "2021-2022": 44,
    "2022-2023": 65
  },
  "Kapper-stylist duaal": {
    "2018-2019": 45,
    "2019-2020": 72,
    "2020-2021": 101,
    "2021-2022": 95,
    "2022-2023": 88
  },
  "Keukenmedewerker duaal": {
    "2021-2022": 18,
    "2022-2023": 71
  },
  "Keukenmedewerker duaal OV3": {
    "2021-2022": 16,
    "2022-2023": 23
  },
  "Kinderbegeleider duaal": {
    "2017-2018": 62,
    "2018-2019": 65,
    "2019-2020": 87,
    "2020-2021": 88,
    "2021-2022": 94,
    "2022-2023": 90
  },
  "Koelinstallaties duaal": {
    "2020-2021": 6,
    "2021-2022": 9,
    "2022-2023": 11
  },
  "Koetswerk duaal": {
    "2018-2019": 9,
    "2019-2020": 17,
    "2020-2021": 11,
    "2021-2022": 8,
    "2022-2023": 13
  },
  "Kok duaal": {
    "2019-2020": 8,
    "2020-2021": 7,
    "2021-2022": 10,
    "2022-2023": 6
  },
  "Lassen-constructie duaal": {
    "2017-2018": 26,
    "2018-2019": 44,
    "2019-2020": 36,
    "2020-2021": 35,
    "2021-2022": 29,
    "2022-2023": 40
  },
  "Lasser-monteerder duaal": {
    "2019-2020": 14,
    "2020-2021": 26,
    "2021-2022": 38,
    "2022-2023": 47
  },
  "Logistiek assistent magazijn duaal": {
    "2020-2021": 12,
    "2021-2022": 9,
    "2022-2023": 18
  },
  "Logistiek duaal": {
    "2018-2019": 39,
    "2019-2020": 38,
    "2020-2021": 53,
    "2021-2022": 72,
    "2022-2023": 105
  },
  "Machinaal houtbewerker duaal": {
    "2021-2022": 10,
    "2022-2023": 18
  },
  "Magazijnmedewerker duaal": {
    "2021-2022": 6,
    "2022-2023": 49
  },
  "Magazijnmedewerker duaal OV3": {
    "2021-2022": 3,
    "2022-2023": 4
  },
  "Mecaniciën tuin-, park-en bosmach. DL LenT": {
    "2020-2021": 3,
    "2021-2022": 4,
    "2022-2023": 5
  },
  "Mechanische vormgevingstechnieken duaal": {
    "2019-2020": 5,
    "2020-2021": 6,
    "2021-2022": 2
  },
  "Medewerker (banket)bakkerij duaal": {
    "2019-2020": 8,
    "2020-2021": 14,
    "2021-2022": 12,
    "2022-2023": 9
  },
  "Medewerker (banket)bakkerij duaal OV3": {
    "2019-2020": 2,
    "2020-2021": 2,
    "2021-2022": 2,
    "2022-2023": 2
  },
  "Medewerker fastfood duaal": {
    "2021-2022": 6,
    "2022-2023": 9
  },
  "Medewerker fastfood duaal OV3": {
    "2018-2019": 33,
    "2019-2020": 63,
    "2020-2021": 50,
    "2021-2022": 47,
    "2022-2023": 47
  },
  "Medewerker groen- en tuinbeheer duaal OV3": {
    "2016-2017": 20,
    "2017-2018": 26,
    "2018-2019": 38,
    "2019-2020": 43,
    "2020-2021": 38,
    "2021-2022": 31,
    "2022-2023": 28
  },
  "Medewerker groen- en tuinaanleg duaal": {
    "2021-2022": 4,
    "2022-2023": 6
  },
  "Medewerker groen- en tuinbeheer duaal": {
    "2021-2022": 7,
    "2022-2023": 22
  },
  "Medewerker hout duaal": {
    "2022-2023": 8
  },
  "Medewerker hout duaal OV3": {
    "2021-2022": 5,
    "2022-2023": 8
  },
  "Medewerker kamerdienst duaal": {
    "2022-2023": 1
  },
  "Medewerker ruwbouw duaal": {
    "2021-2022": 12,
    "2022-2023": 39
  },
  "Medewerker ruwbouw duaal OV3": {
    "2022-2023": 6
  },
  "Medewerker schilder- en behangwerken DL": {
    "2022-2023": 11
  },
  "Medewerker schilder- en behangwerken DL OV3": {
    "2021-2022": 2,
    "2022-2023": 2
  },
  "Medewerker slagerij duaal": {
    "2019-2020": 6,
    "2020-2021": 8,
    "2021-2022": 9,
    "2022-2023": 12
  },
  "Medewerker slagerij duaal OV3": {
    "2021-2022": 2,
    "2022-2023": 1
  },
  "Medewerker tegelzetwerken en dekvloeren DL": {
    "2022-2023": 3
  },
  "Moderealisatie duaal": {
    "2020-2021": 1,
    "2021-2022": 4
  },
  "Monteur sanitaire en verwarmingsinst. DL": {
    "2022-2023": 23
  },
  "Natuurbeheerder duaal": {
    "2021-2022": 5,
    "2022-2023": 6
  },
  "Natuursteenbewerker duaal": {
    "2020-2021": 1,
    "2022-2023": 1
  },
  "Offsetrotatie- en flexodrukker duaal": {
    "2019-2020": 2,
    "2020-2021": 1
  },
  "Omsteller verspaning/monteerder-afreg. DL": {
    "2020-2021": 5,
    "2021-2022": 6,
    "2022-2023": 15
  },
  "Ond.mec. zw. bed.voert. Landentuinbouw DL": {
    "2020-2021": 4,
    "2021-2022": 4,
    "2022-2023": 3
  },
  "Onderhoudsmec. zware bedrijfsvoert. DL": {
    "2019-2020": 6,
    "2020-2021": 3,
    "2021-2022": 5,
    "2022-2023": 1
  },
  "Onderhoudsmechanica auto duaal": {
    "2017-2018": 19,
    "2018-2019": 46,
    "2019-2020": 76,
    "2020-2021": 72,
    "2021-2022": 84,
    "2022-2023": 93
  },
  "Onderhoudsmedewerker duaal": {
    "2022-2023": 4
  },
  "Onthaal, organisatie en sales duaal": {
    "2022-2023": 84
  },
  "Ontwikkelaar patronen kled.en conf.art. DL": {
    "2017-2018": 1
  },
  "Ontwikkelaar prototypes mode duaal": {
    "2020-2021": 1,
    "2022-2023": 4
  },
  "Op. dig. drukken printm./p.enkart.verw.DL": {
    "2019-2020": 4,
    "2020-2021": 7,
    "2021-2022": 14,
    "2022-2023": 18
  },
  "Operator CNC-gest. houtbew.machines DL": {
    "2018-2019": 10,
    "2019-2020": 9,
    "2020-2021": 3,
    "2021-2022": 10,
    "2022-2023": 7
  },
  "Paardenhouder duaal": {
    "2022-2023": 9
  },
  "Paardenhouderij duaal": {
    "2021-2022": 38,
    "2022-2023": 78
  },
  "Pijpfitter-fabriceur duaal": {
    "2021-2022": 4,
    "2022-2023": 1
  },
  "Plant en milieu duaal": {
    "2018-2019": 3,
    "2019-2020": 8,
    "2020-2021": 8,
    "2021-2022": 14,
    "2022-2023": 15
  },
  "Podiuminstallaties duaal": {
    "2022-2023": 6
  },
  "Podiumtechnicus duaal": {
    "2022-2023": 1
  },
  "Podiumtechnieken duaal": {
    "2018-2019": 2,
    "2019-2020": 1
  },
  "Pol. mec. pers.w. en lichte bedrijfsv. DL": {
    "2019-2020": 32,
    "2020-2021": 60,
    "2021-2022": 51,
    "2022-2023": 61
  },
  "Polyvalent administrat. ondersteuner DL": {
    "2021-2022": 4,
    "2022-2023": 12
  },
  "Polyvalent mec. zware bedrijfsvoert. DL": {
    "2020-2021": 1,
    "2021-2022": 4,
    "2022-2023": 3
  },
  "Preventief onderhoud machineseninstall.DL": {
    "2019-2020": 1,
    "2020-2021": 5,
    "2021-2022": 4
  },
  "Printmedia duaal": {
    "2022-2023": 1
  },
  "Productie-industrie duaal": {
    "2022-2023": 3
  },
  "Productiemedewerker dier duaal": {
    "2021-2022": 3,
    "2022-2023": 9
  },
  "Productiemedewerker plant duaal": {
    "2021-2022": 3,
    "2022-2023": 6
  },
  "Restaurant en keuken duaal": {
    "2020-2021": 7,
    "2021-2022": 21,
    "2022-2023": 57
  },
  "Restauratievakman schilder-decoratiew.DL": {
    "2019-2020": 1,
    "2020-2021": 1
  },
  "Rotatiedrukker duaal": {
    "2021-2022": 5,
    "2022-2023": 2
  },
  "Ruwbouw duaal": {
    "2016-2017": 15,
    "2017-2018": 40,
    "2018-2019": 48,
    "2019-2020": 61,
    "2020-2021": 59,
    "2021-2022": 61,
    "2022-2023": 85
  },
  "Sanitaire en verwarmingsinstallaties DL": {
    "2020-2021": 20,
    "2021-2022": 36,
    "2022-2023": 43
  },
  "Schilder duaal OV3": {
    "2019-2020": 13,
    "2020-2021": 12,
    "2021-2022": 5
  },
  "Schoonmaker duaal": {
    "2021-2022": 5,
    "2022-2023": 3
  },
  "Schrijnwerker houtbouw duaal": {
    "2019-2020": 3,
    "2020-2021": 16,
    "2021-2022": 12,
    "2022-2023": 9
  },
  "Slagerij duaal": {
    "2017-2018": 3,
    "2018-2019": 6,
    "2019-2020": 15,
    "2020-2021": 16,
    "2021-2022": 20,
    "2022-2023": 23
  },
  "Spuiter carrosserie duaal": {
    "2018-2019": 13,
    "2019-2020": 18,
    "2020-2021": 26,
    "2021-2022": 31,
    "2022-2023": 26
  },
  "Stratenmaker duaal": {
    "2022-2023": 1
  },
  "Stuurman binnenscheepvaart duaal": {
    "2021-2022": 4
  },
  "Tandartsassistent duaal": {
    "2020-2021": 3,
    "2021-2022": 16,
    "2022-2023": 5
  },
  "Technicus hernieuwbare energietechn. DL": {
    "2018-2019": 2,
    "2019-2020": 2,
    "2020-2021": 6,
    "2021-2022": 6,
    "2022-2023": 7
  },
  "Technicus installatietechnieken duaal": {
    "2020-2021": 14,
    "2021-2022": 38,
    "2022-2023": 45
  },
  "Technicus koelinstallaties duaal": {
    "2021-2022": 4,
    "2022-2023": 9
  },
  "Textiel duaal": {
    "2022-2023": 1
  },
  "Trappenmaker duaal": {
    "2022-2023": 1
  },
  "Tuinaanlegger-groenbeheerder duaal": {
    "2017-2018": 8,
    "2018-2019": 17,
    "2019-2020": 29,
    "2020-2021": 35,
    "2021-2022": 34,
    "2022-2023": 37
  },
  "Verzorgende/Zorgkundige duaal": {
    "2020-2021": 154,
    "2021-2022": 145,
    "2022-2023": 151
  },
  "Vloerder-tegelzetter duaal": {
    "2018-2019": 9,
    "2019-2020": 18,
    "2020-2021": 11,
    "2021-2022": 12,
    "2022-2023": 18
  },
  "Vorbewerker carrosserie duaal": {
    "2022-2023": 9
  },
  "Winkelmedewerker duaal": {
    "2022-2023": 121
  },
  "Zorgkundige duaal": {
    "2016-2017": 17,
    "2017-2018": 13,
    "2018-2019": 96,
    "2019-2020": 118
  }
};

/** Tabel 28: type-1 appeals per handling partnership. */
export const APPEALS_2022_2023: readonly { partnership: string; not_admissible: number; admissible: number; withdrawn: number; handled: number; total_submitted_type1: number }[] = [
  {
    "not_admissible": 0,
    "admissible": 0,
    "withdrawn": 1,
    "handled": 0,
    "total_submitted_type1": 1,
    "partnership": "HORECA"
  },
  {
    "not_admissible": 1,
    "admissible": 0,
    "withdrawn": 1,
    "handled": 0,
    "total_submitted_type1": 1,
    "partnership": "SOCIAL_PROFIT"
  },
  {
    "not_admissible": 0,
    "admissible": 4,
    "withdrawn": 0,
    "handled": 4,
    "total_submitted_type1": 4,
    "partnership": "BOUW"
  },
  {
    "not_admissible": 0,
    "admissible": 1,
    "withdrawn": 0,
    "handled": 1,
    "total_submitted_type1": 1,
    "partnership": "GROENE_SECTOREN"
  },
  {
    "not_admissible": 0,
    "admissible": 3,
    "withdrawn": 0,
    "handled": 3,
    "total_submitted_type1": 3,
    "partnership": "LOKALE_BESTUREN"
  }
];

