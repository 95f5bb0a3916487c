package badfixture.adapters.persistence;

/** Breaks "adapters only talk through ports" the other way round. */
public class StoreThing {
    badfixture.adapters.http.HttpThing http;
}
