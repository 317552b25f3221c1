#!/bin/sh
# Run once by the postgres image on a new database (docker-entrypoint-initdb.d): the image's pg_hba.conf lets
# "all" databases in from other containers, which does not cover replication connections. The replica container
# (infra/compose.yaml) signs in with the owner's password to run pg_basebackup and to stream.
set -e
echo "host replication all all scram-sha-256" >> "$PGDATA/pg_hba.conf"
