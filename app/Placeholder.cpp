// Removed once the verb table lands.
