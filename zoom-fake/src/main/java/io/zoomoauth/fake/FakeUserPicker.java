package io.zoomoauth.fake;

import io.zoomoauth.fake.FakeDirectory.User;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Demo mode's consent page: nobody is signed in to the fake, so the person picks one of its users, or types a
 * name and an email address (a new user of {@link FakeZoom#DEFAULT_ACCOUNT_ID}; an email it knows picks that
 * user), and then clicks Allow or Decline. Field ids: {@code user-N}, {@code name}, {@code email},
 * {@code allow}, {@code decline}.
 */
final class FakeUserPicker {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+");
    private static final int MAX_LENGTH = 128;

    /** The person's choice: a user id, or what is wrong with the form. */
    record Choice(String userId, String problem) {
        static Choice of(User user) {
            return new Choice(user.id(), null);
        }

        static Choice refused(String problem) {
            return new Choice(null, problem);
        }
    }

    private final FakeDirectory directory;

    FakeUserPicker(FakeDirectory directory) {
        this.directory = directory;
    }

    Choice choose(Map<String, String> form) {
        String email = form.getOrDefault("email", "").trim();
        if (!email.isEmpty()) {
            if (email.length() > MAX_LENGTH || !EMAIL.matcher(email).matches()) {
                return Choice.refused("That is not an email address: " + email);
            }
            return Choice.of(directory.find(FakeZoom.DEFAULT_ACCOUNT_ID, email)
                    .orElseGet(() -> create(email, form.getOrDefault("name", ""))));
        }
        Optional<User> picked = directory.user(form.get("user"));
        return picked.map(Choice::of)
                .orElseGet(() -> Choice.refused("Pick a demo user, or type a name and an email address."));
    }

    /** The form; {@code problem} (may be null) is shown above it. */
    String page(String requestId, String clientId, String scopes, String problem) {
        StringBuilder users = new StringBuilder();
        List<User> known = directory.users();
        for (int i = 0; i < known.size(); i++) {
            User user = known.get(i);
            String name = (user.firstName() + " " + user.lastName()).trim();
            users.append("<label><input type=\"radio\" name=\"user\" id=\"user-").append(i + 1).append("\" value=\"")
                    .append(FakeOAuth.escape(user.id())).append('"').append(i == 0 ? " checked" : "").append("> ")
                    .append(FakeOAuth.escape(name)).append(" &lt;").append(FakeOAuth.escape(user.email()))
                    .append("&gt;</label><br>");
        }
        String error = problem == null ? "" : "<p id=\"error\">" + FakeOAuth.escape(problem) + "</p>";
        return FakeOAuth.page("Fake Zoom - Authorize app", "<h1>Fake Zoom</h1>"
                + "<p>Demo mode: this is not Zoom. Say who you are, then allow or decline app <code>"
                + FakeOAuth.escape(clientId) + "</code> access to: " + FakeOAuth.escape(scopes) + ".</p>" + error
                + "<form method=\"post\" action=\"/oauth/authorize/consent\">"
                + "<input type=\"hidden\" name=\"request\" value=\"" + FakeOAuth.escape(requestId) + "\">"
                + (known.isEmpty() ? "" : "<fieldset><legend>A demo user</legend>" + users + "</fieldset>")
                + "<fieldset><legend>Or someone new (wins when an email is typed)</legend>"
                + "<label>Name <input id=\"name\" name=\"name\" maxlength=\"" + MAX_LENGTH + "\"></label> "
                + "<label>Email <input id=\"email\" name=\"email\" type=\"email\" maxlength=\"" + MAX_LENGTH
                + "\"></label></fieldset><p>"
                + "<button id=\"allow\" type=\"submit\" name=\"decision\" value=\"allow\">Allow</button> "
                + "<button id=\"decline\" type=\"submit\" name=\"decision\" value=\"decline\" formnovalidate>Decline"
                + "</button></p></form>");
    }

    private User create(String email, String typedName) {
        String name = typedName.trim().isEmpty() ? email.substring(0, email.indexOf('@')) : typedName.trim();
        if (name.length() > MAX_LENGTH) {
            name = name.substring(0, MAX_LENGTH);
        }
        int space = name.indexOf(' ');
        return directory.create(FakeZoom.DEFAULT_ACCOUNT_ID, email, space < 0 ? name : name.substring(0, space),
                space < 0 ? "" : name.substring(space + 1).trim());
    }
}
