package badfixture.app;

public class AppThing {
}
