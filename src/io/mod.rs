//! Reading and writing files: the project file (load, migrate, save) and atomic writes.

mod atomic;

pub use atomic::write_atomic;
