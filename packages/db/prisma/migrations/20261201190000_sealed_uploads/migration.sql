-- A file someone sent is kept sealed (SM4-CTR with HMAC-SM3, as the sealed columns): its bytes are
-- `v1.<key id>.` ‖ iv ‖ ciphertext ‖ mac, longer than the file. "byte_count" stays the size of the
-- file as sent. A file kept before this migration is as sent (its length equals "byte_count");
-- `keys:rotate` seals it.
ALTER TABLE "upload" DROP CONSTRAINT "upload_size_check";
ALTER TABLE "upload" ADD CONSTRAINT "upload_size_check"
  CHECK ("byte_count" > 0 AND "byte_count" <= 10485760 AND octet_length("bytes") >= "byte_count");
