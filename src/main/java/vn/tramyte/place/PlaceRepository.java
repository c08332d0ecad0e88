package vn.tramyte.place;

import static vn.tramyte.db.generated.Tables.INSTALLATION;
import static vn.tramyte.db.generated.Tables.PLACE;
import static vn.tramyte.db.generated.Tables.PLACE_MERGE;
import static vn.tramyte.db.generated.Tables.VILLAGE;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.tramyte.db.SyncColumns;
import vn.tramyte.db.Tx;
import org.jooq.Record;
import vn.tramyte.db.generated.tables.records.PlaceRecord;
import vn.tramyte.db.generated.tables.records.VillageRecord;

/** The only class that reads and writes the place, installation and village tables. */
public final class PlaceRepository {

    public void insertIfMissing(Tx t, Place place, OffsetDateTime now) {
        t.dsl().insertInto(PLACE)
                .set(PLACE.ID, place.id())
                .set(PLACE.CODE_LIST, place.codeList().code())
                .set(PLACE.LEVEL, place.level().name())
                .set(PLACE.CODE, place.code())
                .set(PLACE.NAME, place.name())
                .set(PLACE.PARENT_ID, place.parentId())
                .set(PLACE.UPDATED_AT, now)
                .onDuplicateKeyIgnore()
                .execute();
    }

    /** The ids of every place held. */
    public java.util.Set<UUID> placeIds(Tx t) {
        return new java.util.HashSet<>(t.dsl().select(PLACE.ID).from(PLACE).fetch(PLACE.ID));
    }

    /** Every merge held, as (the 2025 commune's id, the merged 2024 commune's id). */
    public java.util.Set<List<UUID>> mergeKeys(Tx t) {
        java.util.Set<List<UUID>> keys = new java.util.HashSet<>();
        t.dsl().select(PLACE_MERGE.NEW_PLACE_ID, PLACE_MERGE.OLD_PLACE_ID).from(PLACE_MERGE)
                .forEach(r -> keys.add(List.of(r.value1(), r.value2())));
        return keys;
    }

    public void insertMergeIfMissing(Tx t, ReferencePlaces.Merge merge) {
        t.dsl().insertInto(PLACE_MERGE)
                .set(PLACE_MERGE.NEW_PLACE_ID, merge.newPlace().id())
                .set(PLACE_MERGE.OLD_PLACE_ID, merge.oldPlace().id())
                .set(PLACE_MERGE.HEADQUARTERS, merge.headquarters())
                .onDuplicateKeyIgnore()
                .execute();
    }

    /** Every merge of the 1 July 2025 reform: the 2025 commune and each 2024 commune merged into it. */
    public List<ReferencePlaces.Merge> merges(Tx t) {
        var newPlace = PLACE.as("new_place");
        var oldPlace = PLACE.as("old_place");
        return t.dsl().select(newPlace.fields()).select(oldPlace.fields()).select(PLACE_MERGE.HEADQUARTERS)
                .from(PLACE_MERGE)
                .join(newPlace).on(newPlace.ID.eq(PLACE_MERGE.NEW_PLACE_ID))
                .join(oldPlace).on(oldPlace.ID.eq(PLACE_MERGE.OLD_PLACE_ID))
                .orderBy(newPlace.CODE, oldPlace.CODE)
                .fetch(r -> new ReferencePlaces.Merge(toPlace(r.into(newPlace)), toPlace(r.into(oldPlace)),
                        r.get(PLACE_MERGE.HEADQUARTERS)));
    }

    public List<Place> places(Tx t, CodeList list, PlaceLevel level) {
        return t.dsl().selectFrom(PLACE)
                .where(PLACE.CODE_LIST.eq(list.code()).and(PLACE.LEVEL.eq(level.name())))
                .orderBy(PLACE.NAME)
                .fetch(PlaceRepository::toPlace);
    }

    public List<Place> children(Tx t, UUID parentId) {
        return t.dsl().selectFrom(PLACE).where(PLACE.PARENT_ID.eq(parentId)).orderBy(PLACE.CODE)
                .fetch(PlaceRepository::toPlace);
    }

    public Optional<Place> find(Tx t, CodeList list, PlaceLevel level, String code) {
        return t.dsl().selectFrom(PLACE)
                .where(PLACE.CODE_LIST.eq(list.code()).and(PLACE.LEVEL.eq(level.name())).and(PLACE.CODE.eq(code)))
                .fetchOptional(PlaceRepository::toPlace);
    }

    public Optional<Place> find(Tx t, UUID id) {
        return t.dsl().selectFrom(PLACE).where(PLACE.ID.eq(id)).fetchOptional(PlaceRepository::toPlace);
    }

    public Optional<Installation> installation(Tx t) {
        Record r = t.dsl().select().from(INSTALLATION).join(PLACE).on(PLACE.ID.eq(INSTALLATION.PLACE_ID))
                .where(INSTALLATION.ID.eq(1)).fetchOne();
        if (r == null) {
            return Optional.empty();
        }
        return Optional.of(new Installation(r.get(INSTALLATION.INSTALLATION_ID), Mode.valueOf(r.get(INSTALLATION.MODE)),
                toPlace(r.into(PLACE)), r.get(INSTALLATION.DEMO), r.get(INSTALLATION.CREATED_AT)));
    }

    public void insertInstallation(Tx t, UUID installationId, Mode mode, Place place, boolean demo,
                                   OffsetDateTime now) {
        t.dsl().insertInto(INSTALLATION)
                .set(INSTALLATION.ID, 1)
                .set(INSTALLATION.INSTALLATION_ID, installationId)
                .set(INSTALLATION.MODE, mode.name())
                .set(INSTALLATION.PLACE_ID, place.id())
                .set(INSTALLATION.DEMO, demo)
                .set(INSTALLATION.CREATED_AT, now)
                .execute();
    }

    public List<Village> villages(Tx t, String stationCode) {
        var query = t.dsl().selectFrom(VILLAGE).where(VILLAGE.DELETED.isFalse());
        if (stationCode != null) {
            query = query.and(VILLAGE.STATION_CODE.eq(stationCode));
        }
        return query.orderBy(VILLAGE.STATION_CODE, VILLAGE.NAME).fetch(PlaceRepository::toVillage);
    }

    public Optional<Village> village(Tx t, UUID id) {
        return t.dsl().selectFrom(VILLAGE).where(VILLAGE.ID.eq(id)).fetchOptional(PlaceRepository::toVillage);
    }

    public void insertVillage(Tx t, Village village, long changeSeq) {
        VillageRecord r = t.dsl().newRecord(VILLAGE);
        r.setId(village.id());
        r.setStationCode(village.stationCode());
        r.setName(village.name());
        SyncColumns.stamp(t, r, changeSeq);
        r.setDeleted(false);
        r.store();
    }

    static Place toPlace(PlaceRecord r) {
        return new Place(r.getId(), CodeList.fromCode(r.getCodeList()), PlaceLevel.valueOf(r.getLevel()),
                r.getCode(), r.getName(), r.getParentId());
    }

    static Village toVillage(VillageRecord r) {
        return new Village(r.getId(), r.getStationCode(), r.getName());
    }
}
