package vn.tramyte.place;

public enum PlaceLevel {
    PROVINCE, CENTRE, STATION
}
