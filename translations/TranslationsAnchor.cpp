// mlc_translations holds only the compiled .qm resources; a library needs at least one source file.
namespace mlc {
int translationsAnchor = 0;
}
