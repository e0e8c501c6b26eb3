-- Promo codes limited to some plans (plan_ids, comma separated; NULL = every plan) and used up to uses_per_user times
-- by each customer. A redemption is now keyed by (code, user, use_no): a customer's n-th use is recorded once.
ALTER TABLE discount_codes ADD COLUMN plan_ids VARCHAR(2000);
ALTER TABLE discount_codes ADD COLUMN uses_per_user INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE discount_codes ADD CONSTRAINT ck_discount_codes_uses_per_user CHECK (uses_per_user >= 1);
ALTER TABLE discount_redemptions ADD COLUMN use_no INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE discount_redemptions DROP CONSTRAINT pk_discount_redemptions;
ALTER TABLE discount_redemptions ADD CONSTRAINT pk_discount_redemptions PRIMARY KEY (code, user_id, use_no);
