-- A person who died leaves every due and planning list; her or his records stay.
-- Set and cleared only by the death register (through PersonService), so it always
-- agrees with the person's death record.
ALTER TABLE person ADD COLUMN died_on DATE;
