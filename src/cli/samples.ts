/** Sample records for the provisional demo: one valid case and some invalid ones. */
const valid = {
  id: "ALB-2025-0142",
  child: {
    id: "p-100",
    name: { given: "Jordan", family: "Sample" },
    birthDate: "2009-06-14",
    sex: "F",
    heightCm: 160,
    weightKg: 52,
    eyeColor: "BRO",
    hairColor: "BLK",
  },
  reportingAgencyId: "albany-pd",
  state: "NY",
  timeZone: "America/New_York",
  reportedAt: "2025-02-02T21:15:00-05:00",
  lastContactAt: "2025-02-02T16:00:00-05:00",
  reportedAs: "runaway",
  missingFrom: "group-home",
  status: "located",
  events: [
    { type: "enter", at: "2025-02-02T22:30:00-05:00", category: "EMJ", nic: "M123456789" },
    { type: "notify", at: "2025-02-03T09:00:00-05:00", recipient: "ncmec" },
    {
      type: "locate",
      at: "2025-03-12T15:00:00-04:00",
      condition: "safe",
      operationId: "op-capital-2025",
    },
  ],
};

export const SAMPLE_RECORDS: Record<string, unknown> = {
  valid,
  "last contact after report": { ...valid, lastContactAt: "2025-02-03T16:00:00-05:00" },
  "status does not match events": { ...valid, status: "closed" },
  "no offset on reportedAt, unknown zone": {
    ...valid,
    reportedAt: "2025-02-02T21:15:00",
    timeZone: "Upstate/Albany",
  },
  "not an object": 42,
};
