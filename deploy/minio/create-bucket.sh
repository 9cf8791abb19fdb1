#!/bin/sh
# Run once by the evidence-bucket service of docker-compose.yml, and safe to run again: the
# evidence bucket (versioned, so no object is ever lost to an overwrite) and the API's own user,
# which may read and write objects in that bucket but never delete one. Shell built-ins and mc
# only: the mc image has little else.
set -eu

mc alias set store http://minio:9000 "$MINIO_ROOT_USER" "$MINIO_ROOT_PASSWORD"
mc mb --ignore-existing "store/$S3_BUCKET"
mc version enable "store/$S3_BUCKET"

policy="${HOME:-/root}/ethics-evidence-policy.json"
printf '%s' '{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": ["s3:GetBucketLocation", "s3:ListBucket", "s3:ListBucketMultipartUploads"],
      "Resource": ["arn:aws:s3:::'"$S3_BUCKET"'"]
    },
    {
      "Effect": "Allow",
      "Action": ["s3:GetObject", "s3:PutObject", "s3:AbortMultipartUpload", "s3:ListMultipartUploadParts"],
      "Resource": ["arn:aws:s3:::'"$S3_BUCKET"'/*"]
    }
  ]
}' > "$policy"
mc admin policy create store ethics-evidence "$policy"
mc admin user add store "$S3_ACCESS_KEY_ID" "$S3_SECRET_ACCESS_KEY"
# Attaching a policy that is already attached fails, and the outcome is the one wanted.
mc admin policy attach store ethics-evidence --user "$S3_ACCESS_KEY_ID" || true
mc admin policy entities store --user "$S3_ACCESS_KEY_ID"
