-- One PostgreSQL server, two databases: `airflow` (metadata, created from POSTGRES_DB) and
-- `hrdwatch` (the report/alert store). Runs once, when the data volume is first initialised.
CREATE DATABASE hrdwatch;
