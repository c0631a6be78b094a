// The schema index: the one barrel file of the project (drizzle-kit and the db client read it).
export * from "./reference";
export * from "./users";
export * from "./institutions";
export * from "./audit";
export * from "./platform";
export * from "./outbox";
export * from "./programmes";
export * from "./reviews";
export * from "./notifications";
export * from "./participation";
export * from "./agreements";
export * from "./reports";
export * from "./transparency-log";
export * from "./throttle";
export * from "./matching";
export * from "./open-api";
export * from "./second-factors";
