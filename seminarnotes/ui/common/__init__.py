"""Small pieces every room of the window uses: a user's mistake as one sentence
(user_errors), the core's sentences in the user's language (core_messages), and file
dialogs that never open the library's files (file_dialogs).
"""
