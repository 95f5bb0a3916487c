-- Zoom's per-token api_url is not used: every call goes to the configured API host (zoom.api.base-url), so a
-- token answer can never redirect bearer tokens elsewhere (docs/zoom-behaviour.md). The column goes with it.
ALTER TABLE zoom_grant DROP COLUMN api_url;
