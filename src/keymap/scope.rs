//! Where a binding is in force: a screen's own bindings and the global ones,
//! except plain characters where text is typed. Both the table in force
//! (`custom`) and its readers (`lookup`) ask this.

use crossterm::event::{KeyCode, KeyModifiers};

use super::{Binding, Context, Key};

/// A key that types its character where text is typed.
pub(super) fn is_text(key: &Key) -> bool {
    matches!(key.code, KeyCode::Char(_)) && !key.mods.intersects(KeyModifiers::CONTROL)
}

/// Whether `b` is in force in `context`: where text is typed, global bindings of
/// plain characters give way to typing.
pub(super) fn applies(b: &Binding, context: Context) -> bool {
    b.context == context
        || (b.context == Context::Global && !(context.takes_text() && b.keys.iter().all(is_text)))
}

/// The keys of a binding that act in `context` (where text is typed, plain
/// characters are typed instead).
pub(super) fn keys_in(b: &Binding, context: Context) -> impl Iterator<Item = &'static Key> {
    b.keys
        .iter()
        .filter(move |k| !(context.takes_text() && b.context == Context::Global && is_text(k)))
}
