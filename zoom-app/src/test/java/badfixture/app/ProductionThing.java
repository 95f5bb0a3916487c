package badfixture.app;

import badfixture.fake.FakeServer;

/** Breaks "only demo mode uses the fake Zoom": production code reaching the fake. */
public class ProductionThing {
    FakeServer server = new FakeServer();
}
