#!/usr/bin/env bash
# Run once by the postgres image on a fresh data directory (/docker-entrypoint-initdb.d), as the
# superuser: creates the two roles the application uses on a server (docs/security.md).
#   ethics_owner  owns database `ethics` and its tables; runs migrations (DATABASE_MIGRATION_URL)
#   ethics_app    the application (DATABASE_URL): LOGIN, not a superuser, owns nothing, inherits
#                 nothing; migrations grant it what it needs on the tables
# Passwords come from ETHICS_OWNER_PASSWORD and ETHICS_APP_PASSWORD. The names can be changed with
# ETHICS_OWNER_ROLE, ETHICS_APP_ROLE and ETHICS_DATABASE (the server tests do, roles being
# cluster-wide).
set -euo pipefail

: "${ETHICS_OWNER_PASSWORD:?ETHICS_OWNER_PASSWORD must be set}"
: "${ETHICS_APP_PASSWORD:?ETHICS_APP_PASSWORD must be set}"
owner_role="${ETHICS_OWNER_ROLE:-ethics_owner}"
app_role="${ETHICS_APP_ROLE:-ethics_app}"
database="${ETHICS_DATABASE:-ethics}"

run_psql() {
  psql -v ON_ERROR_STOP=1 --no-psqlrc --quiet --username "${POSTGRES_USER:-postgres}" "$@"
}

# Values go in as psql variables (:'name' quotes a literal, :"name" an identifier), never as SQL text.
run_psql --dbname "${POSTGRES_DB:-postgres}" \
  -v owner_role="$owner_role" -v app_role="$app_role" -v database="$database" \
  -v owner_password="$ETHICS_OWNER_PASSWORD" -v app_password="$ETHICS_APP_PASSWORD" <<'SQL'
CREATE ROLE :"owner_role" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
  PASSWORD :'owner_password';
CREATE ROLE :"app_role" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS NOINHERIT
  PASSWORD :'app_password';
SELECT NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'database') AS create_database \gset
\if :create_database
  CREATE DATABASE :"database" OWNER :"owner_role";
\else
  ALTER DATABASE :"database" OWNER TO :"owner_role";
\endif
REVOKE ALL ON DATABASE :"database" FROM PUBLIC;
GRANT CONNECT ON DATABASE :"database" TO :"app_role";
SQL

# Only the owner creates objects in the schema (already so on PostgreSQL 15 and later).
run_psql --dbname "$database" -v owner_role="$owner_role" <<'SQL'
ALTER SCHEMA public OWNER TO :"owner_role";
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
SQL
