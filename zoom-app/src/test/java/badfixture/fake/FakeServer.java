package badfixture.fake;

/** Stands in for the fake Zoom. */
public class FakeServer {
}
