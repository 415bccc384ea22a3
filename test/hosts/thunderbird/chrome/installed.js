/*
 * TEST ONLY — runs in Thunderbird's chrome (Marionette, chrome context): the add-on manager's view of an add-on, and
 * the file it was installed from, so the test can compare it with dist/'s .xpi byte for byte.
 * arguments[0]: the add-on id; last argument: Marionette's callback.
 */
// Marionette runs this file as a function body: `arguments` are what the test passed.
/* global ChromeUtils, Ci, arguments */
const [id, done] = arguments;
(async () => {
  const { AddonManager } = ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
  const addon = await AddonManager.getAddonByID(id);
  if (!addon) return { found: false };
  const uri = addon.getResourceURI();
  const file = uri instanceof Ci.nsIFileURL ? uri.file.path : uri.spec;
  return {
    found: true,
    name: addon.name,
    version: addon.version,
    type: addon.type,
    isActive: addon.isActive,
    userDisabled: addon.userDisabled,
    appDisabled: addon.appDisabled,
    // AddonManager.SCOPE_PROFILE = 1: sideloaded from the profile's extensions folder.
    scope: addon.scope,
    file,
  };
})().then(done, (error) => done({ error: `${error}\n${error.stack}` }));
