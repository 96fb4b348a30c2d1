// How node should run the language server. An analysis after an edit makes many short-lived objects
// (a chapter's model, its cells, the findings); with V8's default young generation they outgrow it and
// are scavenged several times per analysis, and some are promoted only to die in the old generation.
// A larger semi-space (measured by bench on the report 20× the sample: median analysis after an edit
// about 115 ms by default, about 68 ms with 32 MB) keeps them young. The flag must be given to node
// itself: set at run time it does not resize the heap.
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=32'];
