import { eq, sql } from "drizzle-orm";
import { settings } from "@/db/schema";
import { GOVERNMENT_LEVELS, type GovernmentLevel } from "@/lib/domain";
import type { Reader } from "./db-types";

/** The settings key of the government's level; a new installation is a district's (区县). */
export const GOVERNMENT_LEVEL = "governmentLevel";
const DEFAULT_LEVEL: GovernmentLevel = "district";

export function readGovernmentLevel(db: Reader): GovernmentLevel {
  return governmentLevelOf(db.select({ value: settings.value }).from(settings).where(eq(settings.key, GOVERNMENT_LEVEL)).get()?.value);
}

/** The level a stored setting names (the default when unset or unknown), for queries that read it themselves. */
export function governmentLevelOf(value: string | null | undefined): GovernmentLevel {
  return (GOVERNMENT_LEVELS as readonly string[]).includes(value ?? "") ? (value as GovernmentLevel) : DEFAULT_LEVEL;
}

/** The setting as a scalar subquery, to read it within another query. */
export const governmentLevelColumn = sql<string | null>`(select ${settings.value} from ${settings} where ${settings.key} = ${GOVERNMENT_LEVEL})`;
