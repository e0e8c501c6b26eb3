-- Shop settings changed in the bot (issue 10, item 11): one row per setting an admin set; a setting without a row
-- follows the configuration. setting_key is ShopSetting.key() (e.g. card.number, trial.duration); the value is in
-- canonical form (ISO-8601 durations, bytes, digits). FAQ texts are at most 3,500 characters. H2 and PostgreSQL.
CREATE TABLE shop_settings (
    setting_key   VARCHAR(64) NOT NULL,
    setting_value VARCHAR(4000) NOT NULL,
    CONSTRAINT pk_shop_settings PRIMARY KEY (setting_key)
);
