-- Full-text search over the catalogue (title and summary). InnoDB FULLTEXT works the same on
-- MySQL 8, MariaDB 10.6+ and PlanetScale; drizzle-kit cannot declare it, hence this custom migration.
ALTER TABLE `programmes` ADD FULLTEXT INDEX `programmes_fulltext` (`title`, `summary`);
