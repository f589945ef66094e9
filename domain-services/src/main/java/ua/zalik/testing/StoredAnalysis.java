package ua.zalik.testing;

/** An item analysis as stored: the fingerprint of the attempts it saw, the report as JSON, how often it was computed. */
record StoredAnalysis(String mark, String report, int refreshes) {
}
