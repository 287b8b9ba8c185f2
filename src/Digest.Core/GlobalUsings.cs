// The word lists, the tokenizer and the stemmer are the shared vocabulary of every stage.
global using Digest.Core.Text;
