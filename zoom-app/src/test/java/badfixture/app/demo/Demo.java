package badfixture.app.demo;

import badfixture.fake.FakeServer;

/** Allowed: demo mode may start the fake. */
public class Demo {
    FakeServer server = new FakeServer();
}
