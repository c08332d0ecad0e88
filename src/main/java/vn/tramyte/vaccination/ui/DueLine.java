package vn.tramyte.vaccination.ui;

import vn.tramyte.vaccination.DueRow;

/**
 * A line of the due list on screen: a village heading (row null, with the village's count) or
 * one child and dose; commune is the commune's name at a centre, null at a station.
 */
public record DueLine(String village, String heading, DueRow row, String commune) {
    public boolean isHeading() {
        return row == null;
    }
}
