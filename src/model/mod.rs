//! The domain: data model, loading, validation, number formatting and labels.
//! Nothing here knows about terminals.

pub mod fold;
pub mod format;
pub mod hints;
pub mod index;
pub mod labels;
pub mod load;
pub mod locate;
pub mod suggest;
pub mod text;
pub mod types;
pub mod validate;

pub use format::Lang;
pub use index::Index;
pub use load::{
    LoadError, Loaded, load, load_embedded, load_with_warnings, parse_and_check, parse_and_validate,
};
pub use text::Text;
pub use types::*;
