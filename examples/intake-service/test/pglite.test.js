// The service on embedded PGlite, in memory: what `npm start` runs when DATABASE_URL is unset.
import { openDatabase } from "../src/db.js";
import { serviceTests } from "./scenarios.js";

serviceTests("PGlite", () => openDatabase({}));
