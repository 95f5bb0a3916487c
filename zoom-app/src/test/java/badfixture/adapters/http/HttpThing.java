package badfixture.adapters.http;

import badfixture.adapters.persistence.StoreThing;
import badfixture.app.AppThing;

/** Breaks "adapters only talk through ports" and "nothing depends on the app". */
public class HttpThing {
    StoreThing store = new StoreThing();
    AppThing app = new AppThing();
}
