package io.zoomoauth.adapters.persistence.grant;

import static org.assertj.core.api.Assertions.assertThat;

import io.zoomoauth.adapters.persistence.support.DatabaseTarget;
import io.zoomoauth.adapters.persistence.support.Grants;
import io.zoomoauth.adapters.persistence.support.VaultStoreContract;
import io.zoomoauth.domain.connections.ConnectionDirectory;
import io.zoomoauth.domain.connections.ConnectionView;
import io.zoomoauth.domain.grant.ConnectionFilter;
import io.zoomoauth.domain.grant.ConnectionLink;
import io.zoomoauth.domain.grant.ConnectionTags;
import io.zoomoauth.domain.grant.ExternalUserId;
import io.zoomoauth.domain.grant.Grant;
import io.zoomoauth.domain.grant.GrantStatus;
import io.zoomoauth.domain.grant.GrantStore;
import io.zoomoauth.domain.grant.ZoomUserId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The link of a grant to the organisation's user, and filtered listings, on each real database. */
abstract class ConnectionLinkContract extends VaultStoreContract {

    static final Instant T0 = Instant.parse("2026-11-23T10:00:00.123456789Z");
    static final ExternalUserId ORG_USER = new ExternalUserId("org-user-Ω 1");

    private GrantStore store;
    private ConnectionDirectory directory;

    ConnectionLinkContract(DatabaseTarget target) {
        super(target, "links", T0, "zoom_grant", "grant_deletion");
    }

    @BeforeAll
    void openStore() {
        store = vault.grants();
        directory = vault.context().getBean(ConnectionDirectory.class);
    }

    private Grant connect(String zoomUserId, ConnectionLink link) {
        return store.saveConnected(Grant.connect(Grants.owner(zoomUserId), Grants.tokens(clock.instant()),
                clock.instant(), link), Grants.CONNECTED);
    }

    @Test
    void aLinkedGrantRoundTripsItsExternalUserAndTags() {
        Grant saved = connect("ZoomA", ConnectionLink.to(ORG_USER, new ConnectionTags(Map.of("plan", "pro \"x\"", "ü", "é"))));

        Grant found = store.find(new ZoomUserId("ZoomA")).orElseThrow();
        assertThat(found).isEqualTo(saved);
        assertThat(found.externalUserId()).contains(ORG_USER.value());
        assertThat(found.tags()).containsExactlyInAnyOrderEntriesOf(Map.of("plan", "pro \"x\"", "ü", "é"));
    }

    @Test
    void connectingAnotherZoomAccountForTheSameExternalUserUnlinksTheOldOneAndKeepsIt() {
        connect("ZoomA", ConnectionLink.to(ORG_USER, new ConnectionTags(Map.of("k", "v"))));
        clock.advance(java.time.Duration.ofMinutes(1));
        connect("ZoomB", ConnectionLink.to(ORG_USER, ConnectionTags.NONE));

        Grant old = store.find(new ZoomUserId("ZoomA")).orElseThrow();
        assertThat(old.externalUserId()).isEmpty();
        assertThat(old.tags()).isEmpty();
        assertThat(old.link().unlinkedFrom()).contains(ORG_USER);
        assertThat(old.link().unlinkedAt()).isPresent();
        assertThat(store.find(new ZoomUserId("ZoomB")).orElseThrow().externalUserId()).contains(ORG_USER.value());
        assertThat(directory.listConnections(new ConnectionFilter(Optional.of(ORG_USER), Optional.empty()), Optional.empty(), 10))
                .extracting(ConnectionView::userId).containsExactly(new ZoomUserId("ZoomB"));
    }

    @Test
    void theSameZoomAccountLinkedFromASecondExternalUserMovesToTheNewerOne() {
        connect("ZoomA", ConnectionLink.to(ORG_USER, ConnectionTags.NONE));
        ExternalUserId newer = new ExternalUserId("org-user-2");
        connect("ZoomA", ConnectionLink.to(newer, ConnectionTags.NONE));

        assertThat(store.find(new ZoomUserId("ZoomA")).orElseThrow().externalUserId()).contains("org-user-2");
        assertThat(directory.listConnections(new ConnectionFilter(Optional.of(ORG_USER), Optional.empty()), Optional.empty(), 10)).isEmpty();
    }

    @Test
    void connectingAgainWithoutASessionKeepsTheLink() {
        connect("ZoomA", ConnectionLink.to(ORG_USER, new ConnectionTags(Map.of("k", "v"))));
        Grant again = connect("ZoomA", ConnectionLink.NONE);

        assertThat(again.externalUserId()).contains(ORG_USER.value());
        assertThat(store.find(new ZoomUserId("ZoomA")).orElseThrow().tags()).containsEntry("k", "v");
    }

    @Test
    void externalUserIdsAreCaseSensitive() {
        connect("ZoomA", ConnectionLink.to(new ExternalUserId("Alice"), ConnectionTags.NONE));
        connect("ZoomB", ConnectionLink.to(new ExternalUserId("alice"), ConnectionTags.NONE));

        assertThat(store.find(new ZoomUserId("ZoomA")).orElseThrow().externalUserId()).contains("Alice");
        assertThat(store.find(new ZoomUserId("ZoomB")).orElseThrow().externalUserId()).contains("alice");
    }

    @Test
    void listsFilterByExternalUserAndStatusAndPageByUserId() {
        for (String id : List.of("U1", "U2", "U3", "U4")) {
            connect(id, ConnectionLink.NONE);
        }
        Grant u2 = store.find(new ZoomUserId("U2")).orElseThrow();
        store.update(u2.requireReauthorization("Zoom said invalid_grant"));
        Grant u4 = store.find(new ZoomUserId("U4")).orElseThrow();
        store.update(u4.requireReauthorization("Zoom said invalid_grant"));
        ConnectionFilter reauth = new ConnectionFilter(Optional.empty(), Optional.of(GrantStatus.REAUTHORIZATION_REQUIRED));

        assertThat(directory.listConnections(reauth, Optional.empty(), 10)).extracting(g -> g.userId().value()).containsExactly("U2", "U4");
        assertThat(directory.listConnections(reauth, Optional.of(new ZoomUserId("U2")), 10)).extracting(g -> g.userId().value())
                .containsExactly("U4");
        assertThat(directory.listConnections(ConnectionFilter.ALL, Optional.of(new ZoomUserId("U1")), 2))
                .extracting(g -> g.userId().value()).containsExactly("U2", "U3");
    }
}
